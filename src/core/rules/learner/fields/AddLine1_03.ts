import { deliveries, int, text } from '../../../model/access';
import type { IlrRecord } from '../../../model/record';
import { hasDeliveryFam } from '../../derived/aims';
import { officialMeta } from '../../catalogue/official-meta';
import type { LearnerRule } from '../../types';
import { isCommunityLearning } from './fields-shared';

/**
 * AddLine1_03 (error): Address line 1 must be returned, unless all the learner's aims are community learning funded
 * (FundModel 10, or FundModel 99 with SOF 108) and the planned learning hours are known and 10 or fewer.
 * 2020-21 (variant): ESFA's 2020-21 service excludes the learner only when all aims are FundModel 10, or all aims are
 * FundModel 99 with SOF 108: a mix of the two is not excluded. From 2021-22 the text ("all learning aims are funded by
 * community learning provision") is followed: a mix is excluded.
 */
function excluded(learner: IlrRecord, as2021: boolean): boolean {
  const plh = int(learner, 'PlanLearnHours');
  if (plh === undefined || plh > 10) return false;
  const aims = deliveries(learner);
  if (!as2021) return aims.every(isCommunityLearning);
  return aims.every((a) => int(a, 'FundModel') === 10) || aims.every((a) => int(a, 'FundModel') === 99 && hasDeliveryFam(a, 'SOF', '108'));
}

const check = (as2021: boolean): LearnerRule['check'] => (learner, ctx) => {
  if (text(learner, 'AddLine1') === undefined && !excluded(learner, as2021)) ctx.report(learner, 'AddLine1');
};

export const AddLine1_03: LearnerRule = {
  ...officialMeta('AddLine1_03', { entity: 'Learner', fields: ['AddLine1', 'PlanLearnHours', 'FundModel', 'LearnDelFAMType', 'LearnDelFAMCode'], group: 'learner-fields' }),
  scope: 'learner',
  check: check(false),
  variants: [{ years: { to: '2021' }, check: check(true), why: "ESFA's 2020-21 service excludes the learner only when all aims are FundModel 10 or all are FundModel 99 with SOF 108, not a mix of the two." }],
};
