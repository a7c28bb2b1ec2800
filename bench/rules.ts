import { runChecks } from '../src/core/rules/check';
import { fdRulesFor } from '../src/core/rules/field-definition/fd-rules';
import { learnerCodeRules, learnerRules } from '../src/core/rules/learner';
import { resolveAll } from '../src/core/rules/resolve';
import { ruleGroups, rulesFor } from '../src/core/rules/rule-set';
import { syntheticMessage } from './synthetic';
import { line, mb, timeIt } from './timing';

/** Times runChecks (every implemented rule of 2025-26) on a synthetic 100,000-learner message with 2 aims each. */
export async function benchRules(n = 100_000): Promise<void> {
  const t = performance.now();
  const msg = syntheticMessage(n, 2);
  line(`build model: ${n} learners × 2 aims`, `${(performance.now() - t).toFixed(0)} ms`);
  const asOf = '2026-02-01';

  const fdRules = fdRulesFor(msg.year);
  const fd = await timeIt(3, () => runChecks(msg, { asOf }, fdRules));
  line(`FD rules only (${fdRules.length} rules, generated from the XSD)`, `median ${fd.median.toFixed(0)} ms, min ${fd.min.toFixed(0)} ms`);

  const uln = resolveAll(learnerRules, msg.year);
  const learner = await timeIt(3, () => runChecks(msg, { asOf }, uln));
  line(`ULN and duplicate rules (${learnerRules.length} rules)`, `median ${learner.median.toFixed(0)} ms, min ${learner.min.toFixed(0)} ms`);

  const codeRules = resolveAll(learnerCodeRules, msg.year);
  const codes = await timeIt(3, () => runChecks(msg, { asOf }, codeRules));
  line(`learner code-list rules (${learnerCodeRules.length} rules)`, `median ${codes.median.toFixed(0)} ms, min ${codes.min.toFixed(0)} ms`);

  for (const group of ruleGroups()) {
    const rules = rulesFor(msg.year).filter((r) => r.group === group);
    if (rules.length === 0) continue;
    const g = await timeIt(3, () => runChecks(msg, { asOf }, rules));
    line(`  group ${group} (${rules.length} rules)`, `median ${g.median.toFixed(0)} ms`);
  }

  let findings = 0;
  const all = await timeIt(3, () => {
    findings = runChecks(msg, { asOf }).findings.length;
  });
  line('runChecks: every implemented rule of the year', `median ${all.median.toFixed(0)} ms, min ${all.min.toFixed(0)} ms, ${findings} findings`);
  line('per learner', `${((all.median * 1000) / n).toFixed(1)} µs`);
  line('heap used after', mb(process.memoryUsage().heapUsed));
}
