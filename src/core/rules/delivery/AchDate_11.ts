import { addDays } from '../../model/dates';
import type { IlrRecord } from '../../model/record';
import { officialMeta } from '../catalogue/official-meta';
import type { LearnerRule, RuleContext } from '../types';
import { aimRule, date, int, isApprenticeshipStandard, until2021 } from './delivery-shared';

/**
 * AchDate_11 (error): for apprenticeship standard programme aims (AimType 1, FundModel 36, ProgType 25) that ended on
 * or after 1 August 2019, the Achievement date must be at least 7 days after the Learning actual end date.
 * 2020-21 (variant): ESFA's 2020-21 service (AchDate_11Rule) counts only aims that ended on or after the start of the
 * collection year (1 August 2020), not 1 August 2019 as the rule's text says (its unit tests still speak of
 * "1 Aug 2019", with the year start mocked to it). ESFA's implementation is followed for 2020-21: an aim that ended in
 * 2019-20 does not fire.
 */
const ENDED_FROM = '2019-08-01';

function fires(endedFrom: (ctx: RuleContext) => string) {
  return (aim: IlrRecord, ctx: RuleContext) => {
    const ach = date(aim, 'AchDate');
    const end = date(aim, 'LearnActEndDate');
    if (ach === undefined || end === undefined || end < endedFrom(ctx)) return undefined;
    if (!(int(aim, 'AimType') === 1 && isApprenticeshipStandard(aim))) return undefined;
    return ach < addDays(end, 7) ? 'AchDate' : undefined;
  };
}

export const AchDate_11: LearnerRule = {
  ...aimRule(
    officialMeta('AchDate_11', { entity: 'LearningDelivery', fields: ['AchDate', 'LearnActEndDate', 'AimType', 'FundModel', 'ProgType'], group: 'completion' }),
    fires(() => ENDED_FROM),
  ),
  variants: [
    until2021(
      ['AchDate', 'LearnActEndDate', 'AimType', 'FundModel', 'ProgType'],
      fires((ctx) => ctx.year.start),
      "ESFA's 2020-21 service counts only aims that ended on or after the start of the collection year (1 August 2020), not 1 August 2019 as the rule's text says; ESFA's implementation is followed.",
    ),
  ],
};
