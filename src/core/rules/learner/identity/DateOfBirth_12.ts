import { date, deliveries, int, text } from '../../../model/access';
import { officialMeta } from '../../catalogue/official-meta';
import { sameCode } from '../../derived/aims';
import type { LearnerRule } from '../../types';
import { ageAt, deliveryFamsOf } from './identity-shared';

/**
 * DateOfBirth_12 (error): a Community Learning aim (FundModel 10) of a learner under 19 on its start date must not
 * have ASL 1 (PCDL) or 2 (NLDC). Reported once per learner, at the ASL of the first such aim.
 */
export const DateOfBirth_12: LearnerRule = {
  ...officialMeta('DateOfBirth_12', {
    entity: 'LearningDeliveryFAM',
    fields: ['DateOfBirth', 'FundModel', 'LearnStartDate', 'LearnDelFAMType', 'LearnDelFAMCode'],
    group: 'identity',
  }),
  scope: 'learner',
  check(learner, ctx) {
    for (const aim of deliveries(learner)) {
      if (int(aim, 'FundModel') !== 10) continue;
      const age = ageAt(learner, date(aim, 'LearnStartDate'));
      if (age === undefined || age >= 19) continue;
      const asl = deliveryFamsOf(aim, 'ASL').find((f) => sameCode(text(f, 'LearnDelFAMCode'), '1') || sameCode(text(f, 'LearnDelFAMCode'), '2'));
      if (!asl) continue;
      ctx.report(asl, 'LearnDelFAMCode', { aim, related: [{ record: learner, field: 'DateOfBirth' }, { record: aim, field: 'LearnStartDate' }] });
      return;
    }
  },
};
