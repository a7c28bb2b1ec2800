import { officialMeta } from '../../catalogue/official-meta';
import { hasDeliveryFam } from '../../derived/aims';
import type { IlrRecord } from '../../../model/record';
import { aimRule, date, int, until2021 } from '../delivery-shared';

/**
 * AimType_07 (error): a core aim (AimType 5) starting on or after 1 August 2017 with source of funding 105.
 * 2020-21: ESFA's service excluded traineeships (ProgType 24); the 2025-26 text has no exclusion.
 */
const fires = (aim: IlrRecord): boolean => {
  const start = date(aim, 'LearnStartDate');
  return int(aim, 'AimType') === 5 && start !== undefined && start >= '2017-08-01' && hasDeliveryFam(aim, 'SOF', '105');
};

export const AimType_07 = aimRule(
  officialMeta('AimType_07', { entity: 'LearningDelivery', fields: ['AimType', 'LearnStartDate', 'LearnDelFAMType', 'LearnDelFAMCode'], group: 'programme' }),
  (aim) => (fires(aim) ? 'AimType' : undefined),
);
AimType_07.variants = [
  until2021(
    ['AimType', 'LearnStartDate', 'ProgType', 'LearnDelFAMType', 'LearnDelFAMCode'],
    (aim) => (fires(aim) && int(aim, 'ProgType') !== 24 ? 'AimType' : undefined),
    "ESFA's 2020-21 service excluded traineeship aims (ProgType 24).",
  ),
];
