import { messageFrom, type MessageSpec, type RecordSpec } from '../model/build';
import type { IlrMessage } from '../model/record';
import { runRules } from './engine';
import { resolveRule } from './resolve';
import type { CheckOptions, Finding, RuleDefinition, YearRule } from './types';

/** A rule definition as it is in the message's year (none when it does not exist in that year). */
export function asYearRules(rule: RuleDefinition | YearRule, msg: IlrMessage): YearRule[] {
  if ('yearCode' in rule) return [rule];
  const r = resolveRule(rule, msg.year);
  return r ? [r] : [];
}

/**
 * Test helper: runs one rule, as it is in the year, over a message built from plain objects and returns its findings
 * (none when the rule does not exist in that year).
 */
export function findingsOf(rule: RuleDefinition | YearRule, yearCode: string, spec: MessageSpec, opts: Partial<CheckOptions> = {}): Finding[] {
  const msg = messageFrom(yearCode, spec);
  return runRules(msg, asYearRules(rule, msg), { asOf: opts.asOf ?? '2025-10-01', ...opts });
}

/** Test helper: one learner with the given fields and aims. */
export function learnerWith(fields: RecordSpec, aims: RecordSpec[] = []): MessageSpec {
  return { Learner: [{ LearnRefNumber: 'L0001', ...fields, LearningDelivery: aims }] };
}

/** Test helper: runs rule definitions, as they are in the message's year, over a message. */
export function runDefinitions(msg: IlrMessage, defs: readonly (RuleDefinition | YearRule)[], opts: CheckOptions): Finding[] {
  return runRules(
    msg,
    defs.flatMap((d) => asYearRules(d, msg)),
    opts,
  );
}
