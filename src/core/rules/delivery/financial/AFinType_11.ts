import { officialMeta } from '../../catalogue/official-meta';
import { childRule, int } from './financial-shared';

/**
 * AFinType_11 (error): an apprenticeship framework funded by FundModel 36 (FundModel 36 and not a standard,
 * ProgType ≠ 25) must not have an assessment financial code (AFinCode 2 or 4, of either type). Decision: the 2025-26
 * error clause names only FundModel 36, but the rule is about frameworks (its message, and ESFA's 2020-21 service,
 * which excludes ProgType 25); without that every standard's assessment price would fire.
 */
export const AFinType_11 = childRule(
  officialMeta('AFinType_11', { entity: 'AppFinRecord', fields: ['FundModel', 'ProgType', 'AFinCode'], group: 'financial' }),
  (aim) => (int(aim, 'FundModel') === 36 && int(aim, 'ProgType') !== 25 ? aim.children['AppFinRecord'] ?? [] : []),
  (rec, aim) => {
    const code = int(rec, 'AFinCode');
    return code === 2 || code === 4 ? { field: 'AFinCode', related: [{ record: aim, field: 'ProgType' }] } : undefined;
  },
);
