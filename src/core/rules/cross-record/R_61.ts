import { deliveries } from '../../model/access';
import { officialMeta } from '../catalogue/official-meta';
import type { LearnerRule, RuleContext } from '../types';
import { aimFams, overlappingFams } from './cross-shared';

function r61(types: readonly string[], sameDay: boolean): LearnerRule['check'] {
  return (learner, ctx: RuleContext) => {
    for (const aim of deliveries(learner)) {
      for (const type of types) {
        const fams = aimFams(aim, type);
        if (fams.length < 2) continue;
        for (const { later, earlier } of overlappingFams(fams.map((record) => ({ record, aim })), sameDay)) {
          ctx.report(later.record, 'LearnDelFAMDateFrom', { aim, related: [{ record: earlier.record, field: 'LearnDelFAMDateTo', aim }] });
        }
      }
    }
  };
}

/**
 * R_61 (error): an aim's LSF records must not overlap, nor its ALB records (each type apart): an earlier record's
 * LearnDelFAMDateTo must not be after a later one's LearnDelFAMDateFrom (the error condition says "after": ending on
 * the day the next starts is allowed); an earlier record without a DateTo runs on. The later record is reported at its
 * LearnDelFAMDateFrom, the earlier one's LearnDelFAMDateTo as `related`.
 * 2020-21 (ESFA's 2020-21 service, R61Rule): LSF only, and a DateTo on the next record's DateFrom overlaps.
 */
export const R_61: LearnerRule = {
  ...officialMeta('R_61', { entity: 'LearningDeliveryFAM', fields: ['LearnDelFAMType', 'LearnDelFAMDateFrom', 'LearnDelFAMDateTo'], group: 'cross-record' }),
  scope: 'learner',
  check: r61(['LSF', 'ALB'], false),
  variants: [{ years: { to: '2021' }, check: r61(['LSF'], true), why: "ESFA's 2020-21 service checks LSF records only, and counts a DateTo on the next DateFrom as an overlap." }],
};
