import { officialMeta } from '../../catalogue/official-meta';
import { childRule, int } from './financial-shared';

/**
 * AFinType_04 (error): financial records may be returned only on a trailblazer standard programme aim (FundModel 81,
 * ProgType 25, AimType 1) or an apprenticeship-funded programme aim (FundModel 36, AimType 1). Decision: the 2025-26
 * error clause lists the allowed aims (a copying slip); the DetailedDescription's sentence — records "must not be
 * returned … if the aim is not" one of them — is followed, as ESFA's 2020-21 service does. Each record is reported.
 */
function allowed(aim: Parameters<typeof int>[0]): boolean {
  const fm = int(aim, 'FundModel');
  const aimType = int(aim, 'AimType');
  return (fm === 81 && aimType === 1 && int(aim, 'ProgType') === 25) || (fm === 36 && aimType === 1);
}

export const AFinType_04 = childRule(
  officialMeta('AFinType_04', { entity: 'AppFinRecord', fields: ['FundModel', 'AimType', 'ProgType', 'AFinType'], group: 'financial' }),
  (aim) => (allowed(aim) ? [] : aim.children['AppFinRecord'] ?? []),
  (_rec, aim) => ({ field: 'AFinType', related: [{ record: aim, field: 'FundModel' }] }),
);
