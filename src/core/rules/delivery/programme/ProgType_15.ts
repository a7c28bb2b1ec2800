import { officialMeta } from '../../catalogue/official-meta';
import { hasDeliveryFam } from '../../derived/aims';
import { aimRule, int, until2021 } from '../delivery-shared';
import { FAM_FIELDS, refIn } from './programme-shared';

/**
 * ProgType_15 (error): the T Level industry placement aim (ZWRKX003) whose ProgType is not 31 or not returned. Excluded: the adult T Level pilot (LDM 384)
 * and non-funded T Levels (FundModel 99).
 * 2020-21: ESFA's service fired only on a returned ProgType other than 31, without the exclusions.
 */
export const ProgType_15 = aimRule(
  officialMeta('ProgType_15', { entity: 'LearningDelivery', fields: ['LearnAimRef', 'ProgType', 'FundModel', ...FAM_FIELDS], group: 'programme' }),
  (aim) => (refIn(aim, ['ZWRKX003']) && int(aim, 'ProgType') !== 31 && int(aim, 'FundModel') !== 99 && !hasDeliveryFam(aim, 'LDM', '384') ? 'ProgType' : undefined),
);
ProgType_15.variants = [
  until2021(
    ['LearnAimRef', 'ProgType'],
    (aim) => {
      const p = int(aim, 'ProgType');
      return refIn(aim, ['ZWRKX003']) && p !== undefined && p !== 31 ? 'ProgType' : undefined;
    },
    "ESFA's 2020-21 service fired only on a returned ProgType other than 31, with no exclusions.",
  ),
];
