import { officialMeta } from '../../catalogue/official-meta';
import { financialRecords } from '../../derived/financial';
import { NO_RECORDS, childRule, date, int } from './financial-shared';

/**
 * AFinDate_04 (error): on an apprenticeship framework programme aim (AimType 1; ProgType 2, 3, 20–23 — the DD07
 * apprenticeships other than standards, which the Exclusions leave out) with a Learning actual end date, a price
 * record (TNP) must not be dated after that end date. ESFA's 2020-21 service does the same (DD07, AimType 1, not
 * ProgType 25). Frameworks were removed for 2025-26, so in 2025-26 it fires only on a framework programme aim still
 * returned.
 */
const FRAMEWORK_PROG_TYPES: readonly number[] = [2, 3, 20, 21, 22, 23];

export const AFinDate_04 = childRule(
  officialMeta('AFinDate_04', { entity: 'AppFinRecord', fields: ['AimType', 'ProgType', 'LearnActEndDate', 'AFinType', 'AFinCode', 'AFinDate'], group: 'financial' }),
  (aim, learner, ctx) =>
    int(aim, 'AimType') === 1 && FRAMEWORK_PROG_TYPES.includes(int(aim, 'ProgType') ?? -1) && date(aim, 'LearnActEndDate') !== undefined
      ? financialRecords(learner, aim, ctx, 'TNP')
      : NO_RECORDS,
  (rec, aim) => {
    const d = date(rec, 'AFinDate');
    return d !== undefined && d > date(aim, 'LearnActEndDate')! ? { field: 'AFinDate', related: [{ record: aim, field: 'LearnActEndDate' }] } : undefined;
  },
);
