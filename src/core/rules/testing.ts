import { messageFrom, type MessageSpec, type RecordSpec } from '../model/build';
import { runRules } from './engine';
import type { CheckOptions, Finding, Rule } from './types';

/** Test helper: runs one rule over a message built from plain objects and returns its findings. */
export function findingsOf(rule: Rule, yearCode: string, spec: MessageSpec, opts: Partial<CheckOptions> = {}): Finding[] {
  const msg = messageFrom(yearCode, spec);
  return runRules(msg, [rule], { asOf: opts.asOf ?? '2025-10-01', ...opts });
}

/** Test helper: one learner with the given fields and aims. */
export function learnerWith(fields: RecordSpec, aims: RecordSpec[] = []): MessageSpec {
  return { Learner: [{ LearnRefNumber: 'L0001', ...fields, LearningDelivery: aims }] };
}
