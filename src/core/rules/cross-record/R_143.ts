import { date } from '../../model/access';
import type { IlrRecord } from '../../model/record';
import { officialMeta } from '../catalogue/official-meta';
import type { LearnerRule } from '../types';
import { bootcampGroups } from './cross-shared';

/**
 * R_143 (error): a Skills Bootcamp's latest programme aim (AimType 1, ProgType 32), when it has a LearnActEndDate, must
 * not end before the latest LearnActEndDate of the component aims (AimType 3) of its bootcamp (same FundModel, ProgType
 * and ConRefNumber). The programme aim is reported at its LearnActEndDate, that component's LearnActEndDate as
 * `related`. New in 2021-22.
 */
export const R_143: LearnerRule = {
  ...officialMeta('R_143', { entity: 'LearningDelivery', fields: ['ProgType', 'AimType', 'LearnActEndDate', 'FundModel', 'ConRefNumber', 'LearnStartDate'], group: 'cross-record', years: { from: '2122' } }),
  scope: 'learner',
  check(learner, ctx) {
    for (const { latest, components } of bootcampGroups(learner)) {
      const end = date(latest, 'LearnActEndDate');
      if (!latest || end === undefined) continue;
      let last: IlrRecord | undefined;
      for (const c of components) {
        const e = date(c, 'LearnActEndDate');
        if (e !== undefined && (last === undefined || e > date(last, 'LearnActEndDate')!)) last = c;
      }
      if (last && end < date(last, 'LearnActEndDate')!) ctx.report(latest, 'LearnActEndDate', { related: [{ record: last, field: 'LearnActEndDate' }] });
    }
  },
};
