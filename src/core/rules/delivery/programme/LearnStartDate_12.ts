import { officialMeta } from '../../catalogue/official-meta';
import { isApprenticeship } from '../../derived/programme';
import type { IlrRecord } from '../../../model/record';
import type { RuleContext } from '../../types';
import { aimRule, date, until2021 } from '../delivery-shared';
import { addYears } from './programme-shared';

/**
 * LearnStartDate_12 (error): an apprenticeship aim (DD07) starting more than one year after the end of the collection
 * year (after 31 July of the next year; on that day is not more than one year).
 * 2020-21: ESFA's service also fired on that day (it required a start before the year's end plus one year).
 */
const check = (onBoundary: boolean) => (aim: IlrRecord, ctx: RuleContext): string | undefined => {
  const start = date(aim, 'LearnStartDate');
  if (start === undefined || !isApprenticeship(aim, ctx.year)) return undefined;
  const limit = addYears(ctx.year.end, 1);
  return start > limit || (onBoundary && start === limit) ? 'LearnStartDate' : undefined;
};

export const LearnStartDate_12 = aimRule(
  officialMeta('LearnStartDate_12', { entity: 'LearningDelivery', fields: ['LearnStartDate', 'ProgType'], group: 'programme' }),
  check(false),
);
LearnStartDate_12.variants = [
  until2021(['LearnStartDate', 'ProgType'], check(true), "ESFA's 2020-21 service also fired on a start exactly one year after the year's end."),
];
