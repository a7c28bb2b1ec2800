import { messageFrom, type RecordSpec } from '../../model/build';
import { deliveries } from '../../model/access';
import type { IlrRecord } from '../../model/record';
import { runDefinitions } from '../testing';
import type { LearnerRule, RuleContext } from '../types';

/**
 * Test helper for derived data: builds one learner (fields, aims and employment statuses from plain objects), runs a
 * probe learner rule over it in the year and returns what `read` gives for each aim.
 */
export function perAim<T>(learner: RecordSpec, read: (learner: IlrRecord, aim: IlrRecord, ctx: RuleContext) => T, yearCode = '2526'): T[] {
  const out: T[] = [];
  const probe: LearnerRule = {
    id: 'PROBE', severity: 'advice', message: 'probe', description: '', entity: 'Learner', fields: [], needs: 'self', group: 'test', scope: 'learner',
    check(l, ctx) {
      for (const a of deliveries(l)) out.push(read(l, a, ctx));
    },
  };
  runDefinitions(messageFrom(yearCode, { Learner: [{ LearnRefNumber: 'L0001', ...learner }] }), [probe], { asOf: '2026-07-31' });
  return out;
}
