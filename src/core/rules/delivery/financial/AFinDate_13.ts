import { officialMeta } from '../../catalogue/official-meta';
import { financialRecords } from '../../derived/financial';
import { childRule, date, int, known } from './financial-shared';

/**
 * AFinDate_13 (error): on an apprenticeship standard (ProgType 25), a price record (TNP) must not be dated after the
 * Achievement date, or — with no Achievement date and a Withdrawal reason — after the Learning actual end date. The
 * same in ESFA's 2020-21 service.
 */
function limit(aim: Parameters<typeof date>[0]): { field: string; on: string } | undefined {
  const ach = date(aim, 'AchDate');
  if (ach !== undefined) return { field: 'AchDate', on: ach };
  if (known(aim!, 'AchDate') || !known(aim!, 'WithdrawReason')) return undefined;
  const end = date(aim, 'LearnActEndDate');
  return end === undefined ? undefined : { field: 'LearnActEndDate', on: end };
}

export const AFinDate_13 = childRule(
  officialMeta('AFinDate_13', { entity: 'AppFinRecord', fields: ['ProgType', 'AchDate', 'WithdrawReason', 'LearnActEndDate', 'AFinType', 'AFinCode', 'AFinDate'], group: 'financial' }),
  (aim, learner, ctx) => (int(aim, 'ProgType') === 25 && limit(aim) ? financialRecords(learner, aim, ctx, 'TNP') : []),
  (rec, aim) => {
    const l = limit(aim)!;
    const d = date(rec, 'AFinDate');
    return d !== undefined && d > l.on ? { field: 'AFinDate', related: [{ record: aim, field: l.field }] } : undefined;
  },
);
