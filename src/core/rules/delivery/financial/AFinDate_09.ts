import { addMonths } from '../../../model/dates';
import { officialMeta } from '../../catalogue/official-meta';
import { isApprenticeship } from '../../derived/programme';
import { childRule, date, int } from './financial-shared';

/**
 * AFinDate_09 (error): on an apprenticeship programme aim (AimType 1 and DD07 — ProgType 25 in 2025-26, where the
 * text says "standard or framework programme … ProgType = 25"; also the framework types 2, 3, 20–23 in 2020-21, as
 * DD07 and ESFA's 2020-21 service have it) no financial record may be dated more than one year before the Learning
 * start date (AFinDate < LearnStartDate − 1 year; exactly one year before passes).
 */
export const AFinDate_09 = childRule(
  officialMeta('AFinDate_09', { entity: 'AppFinRecord', fields: ['AimType', 'ProgType', 'LearnStartDate', 'AFinDate'], group: 'financial' }),
  (aim, _l, ctx) => (int(aim, 'AimType') === 1 && isApprenticeship(aim, ctx.year) && date(aim, 'LearnStartDate') !== undefined ? aim.children['AppFinRecord'] ?? [] : []),
  (rec, aim) => {
    const d = date(rec, 'AFinDate');
    return d !== undefined && d < addMonths(date(aim, 'LearnStartDate')!, -12) ? { field: 'AFinDate', related: [{ record: aim, field: 'LearnStartDate' }] } : undefined;
  },
);
