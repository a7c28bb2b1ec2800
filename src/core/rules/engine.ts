import { text, kids } from '../model/access';
import type { IlrMessage, IlrRecord } from '../model/record';
import { DESTINATION_ENTITY } from '../years/registry';
import {
  DEFAULT_ADVICE_SETTINGS,
  type CheckOptions,
  type CheckResult,
  type Finding,
  type Rule,
  type RuleContext,
  type Severity,
} from './types';

/** The derived-value key under which every run holds the message being checked (read it with messageOf in derived/). */
export const MESSAGE_KEY = 'message';

/** The finding that says a rule failed to run (see runRules). */
export const RULE_FAILED = 'ENGINE_RuleFailed';

const SEVERITY_ORDER: Record<Severity, number> = { error: 0, warning: 1, advice: 2 };

export function isEnabled(rule: Rule, disabled: ReadonlySet<string>): boolean {
  return !disabled.has(rule.id) && !disabled.has(rule.group);
}

/**
 * Runs rules over a message: per-learner rules learner by learner, then destination rules, then
 * message-level (cross-learner) rules. Derived values are computed once per run and shared.
 */
export function runRules(msg: IlrMessage, rules: readonly Rule[], opts: CheckOptions): Finding[] {
  const disabled = new Set(opts.disabled ?? []);
  const active = rules.filter((r) => isEnabled(r, disabled) && (r.appliesTo ? r.appliesTo(msg.year) : true));
  const settings = { ...DEFAULT_ADVICE_SETTINGS, ...opts.settings };
  const findings: Finding[] = [];
  const cache = new Map<string, unknown>([[MESSAGE_KEY, msg]]);
  let current: Rule = active[0]!;
  let currentLearner: IlrRecord | undefined;
  const ctx: RuleContext = {
    year: msg.year,
    asOf: opts.asOf,
    settings,
    derived<T>(key: string, compute: () => T): T {
      if (cache.has(key)) return cache.get(key) as T;
      const v = compute();
      cache.set(key, v);
      return v;
    },
    report(f) {
      const learnRefNumber = f.learnRefNumber ?? (currentLearner ? text(currentLearner, 'LearnRefNumber') : undefined);
      const out: Finding = {
        rule: current.id,
        severity: current.severityFor ? current.severityFor(msg.year) : current.severity,
        ...f,
        message: f.message ?? current.message,
      };
      if (learnRefNumber !== undefined) out.learnRefNumber = learnRefNumber;
      findings.push(out);
    },
  };
  // A rule that throws (a bug, or data no one foresaw) must not stop the check: it is reported once as
  // ENGINE_RuleFailed and skipped for the rest of the run, and every other rule still runs.
  const failed = new Set<Rule>();
  const fail = (r: Rule, e: unknown) => {
    failed.add(r);
    findings.push({
      rule: RULE_FAILED,
      severity: 'warning',
      message: `ILR Workbench could not run rule ${r.id} (internal error: ${(e as Error)?.message ?? String(e)}); its checks are missing from this result`,
      entity: r.entity,
      ...(currentLearner ? { learnRefNumber: text(currentLearner, 'LearnRefNumber') ?? '' } : {}),
    });
  };
  const byScope = <S extends Rule['scope']>(s: S) => active.filter((r): r is Extract<Rule, { scope: S }> => r.scope === s);
  const learnerRules = byScope('learner');
  const destinationRules = byScope('destination');
  const messageRules = byScope('message');

  for (const learner of kids(msg.root, 'Learner')) {
    currentLearner = learner;
    for (const r of learnerRules) {
      if (failed.size && failed.has(r)) continue;
      current = r;
      try {
        r.check(learner, ctx);
      } catch (e) {
        fail(r, e);
      }
    }
  }
  for (const ldp of kids(msg.root, DESTINATION_ENTITY)) {
    currentLearner = ldp;
    for (const r of destinationRules) {
      if (failed.size && failed.has(r)) continue;
      current = r;
      try {
        r.check(ldp, ctx);
      } catch (e) {
        fail(r, e);
      }
    }
  }
  currentLearner = undefined;
  for (const r of messageRules) {
    current = r;
    try {
      r.check(msg, ctx);
    } catch (e) {
      fail(r, e);
    }
  }
  return findings;
}

export function countFindings(findings: readonly Finding[]): Record<Severity, number> {
  const counts: Record<Severity, number> = { error: 0, warning: 0, advice: 0 };
  for (const f of findings) counts[f.severity]++;
  return counts;
}

/** Errors first, then warnings, then advice; within a severity by rule, then learner, in a stable way. */
export function sortFindings(findings: Finding[]): Finding[] {
  return findings.sort(
    (a, b) =>
      SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity] ||
      a.rule.localeCompare(b.rule) ||
      (a.learnRefNumber ?? '').localeCompare(b.learnRefNumber ?? ''),
  );
}

export function resultOf(msg: IlrMessage, findings: Finding[], opts: CheckOptions, notRun: CheckResult['notRun']): CheckResult {
  return { year: msg.year.code, asOf: opts.asOf, findings, counts: countFindings(findings), notRun };
}
