import { officialMeta } from '../../catalogue/official-meta';
import { hasDeliveryFam } from '../../derived/aims';
import { aimRule, int, until2021 } from '../delivery-shared';
import { FAM_FIELDS, refStarts } from './programme-shared';

/**
 * ProgType_17 (error): a T Level Occupational Specialism class code (ZTLOS…) whose ProgType is not 31 or not returned. Excluded: the adult T Level pilot (LDM 384)
 * and non-funded T Levels (FundModel 99).
 * 2020-21: ESFA's service fired only on a returned ProgType other than 31, without the exclusions.
 */
export const ProgType_17 = aimRule(
  officialMeta('ProgType_17', { entity: 'LearningDelivery', fields: ['LearnAimRef', 'ProgType', 'FundModel', ...FAM_FIELDS], group: 'programme' }),
  (aim) => (refStarts(aim, 'ZTLOS') && int(aim, 'ProgType') !== 31 && int(aim, 'FundModel') !== 99 && !hasDeliveryFam(aim, 'LDM', '384') ? 'ProgType' : undefined),
);
ProgType_17.variants = [
  until2021(
    ['LearnAimRef', 'ProgType'],
    (aim) => {
      const p = int(aim, 'ProgType');
      return refStarts(aim, 'ZTLOS') && p !== undefined && p !== 31 ? 'ProgType' : undefined;
    },
    "ESFA's 2020-21 service fired only on a returned ProgType other than 31, with no exclusions.",
  ),
];
