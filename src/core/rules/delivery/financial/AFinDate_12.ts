import { addMonths } from '../../../model/dates';
import { officialMeta } from '../../catalogue/official-meta';
import { isApprenticeship } from '../../derived/programme';
import { childRule, date, int } from './financial-shared';

/**
 * AFinDate_12 (error): on an apprenticeship programme aim (AimType 1 and DD07 — ProgType 25 in 2025-26, as the text
 * says; also the framework types 2, 3, 20–23 in 2020-21, as DD07 and ESFA's 2020-21 service have it) with a Learning
 * actual end date, no financial record may be dated more than two years after it (AFinDate > LearnActEndDate + 2
 * years; exactly two years after passes).
 */
export const AFinDate_12 = childRule(
  officialMeta('AFinDate_12', { entity: 'AppFinRecord', fields: ['AimType', 'ProgType', 'LearnActEndDate', 'AFinDate'], group: 'financial' }),
  (aim, _l, ctx) => (int(aim, 'AimType') === 1 && isApprenticeship(aim, ctx.year) && date(aim, 'LearnActEndDate') !== undefined ? aim.children['AppFinRecord'] ?? [] : []),
  (rec, aim) => {
    const d = date(rec, 'AFinDate');
    return d !== undefined && d > addMonths(date(aim, 'LearnActEndDate')!, 24) ? { field: 'AFinDate', related: [{ record: aim, field: 'LearnActEndDate' }] } : undefined;
  },
);
