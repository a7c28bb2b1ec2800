import { kids, text } from '../../model/access';
import type { IlrRecord } from '../../model/record';
import { officialMeta } from '../catalogue/official-meta';
import type { LearnerRule } from '../types';
import { code, learnerHeOf } from './he-shared';

/**
 * FINTYPE_02 (error): a learner returns at most one financial support record of each type 1 (cash), 2 (near cash),
 * 3 (accommodation discounts) and 4 (other). Each repeat is reported, with the first record of its type as related.
 * Same in ESFA's 2020-21 service (which counts every type of its lookup, 1 to 4, and reports once per learner).
 */
export const FINTYPE_02: LearnerRule = {
  ...officialMeta('FINTYPE_02', { entity: 'LearnerHEFinancialSupport', fields: ['FINTYPE'], group: 'he' }),
  scope: 'learner',
  check(learner, ctx) {
    const records = kids(learnerHeOf(learner), 'LearnerHEFinancialSupport');
    if (records.length < 2) return;
    const first = new Map<number, IlrRecord>();
    for (const fs of records) {
      const type = code(fs, 'FINTYPE');
      if (type === undefined || type < 1 || type > 4) continue;
      const earlier = first.get(type);
      if (!earlier) first.set(type, fs);
      else ctx.report(fs, 'FINTYPE', { related: [{ record: earlier, field: 'FINTYPE' }], value: text(fs, 'FINTYPE') });
    }
  },
};
