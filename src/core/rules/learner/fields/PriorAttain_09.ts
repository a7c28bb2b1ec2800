import { date, kids } from '../../../model/access';
import { officialMeta } from '../../catalogue/official-meta';
import { filePreparationDate } from '../../derived/message';
import type { LearnerRule } from '../../types';

/** PriorAttain_09 (error): a PriorAttain record's DateLevelApp must not be after the file preparation date. The PriorAttain record exists from 2021-22. */
export const PriorAttain_09: LearnerRule = {
  ...officialMeta('PriorAttain_09', { entity: 'PriorAttain', fields: ['DateLevelApp'], group: 'learner-fields', years: { from: '2122' } }),
  scope: 'learner',
  check(learner, ctx) {
    const records = kids(learner, 'PriorAttain');
    if (records.length === 0) return;
    const fpd = filePreparationDate(ctx);
    for (const p of records) {
      const d = date(p, 'DateLevelApp');
      if (d !== undefined && d > fpd) ctx.report(p, 'DateLevelApp');
    }
  },
};
