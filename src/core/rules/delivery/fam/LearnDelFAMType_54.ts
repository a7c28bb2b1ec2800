import { atCodes, famRule, fundModelIn, int } from './fam-shared';

/**
 * LearnDelFAMType_54 (error): an aim with EEF 2 (entitlement to 16-18 apprenticeship funding) must be fully funded, not
 * FFI 2 (co-funded); apprenticeship standards (ProgType 25) and FundModel 36 excluded. Reported at the FFI record's
 * code. The same in ESFA's 2020-21 service.
 */
export const LearnDelFAMType_54 = famRule('LearnDelFAMType_54', { fields: ['FundModel', 'ProgType', 'LearnDelFAMType', 'LearnDelFAMCode'] }, (aim, fams) =>
  int(aim, 'ProgType') === 25 || fundModelIn(aim, [36]) || !fams.has('EEF', '2') ? undefined : atCodes(fams.matching('FFI', '2')),
);
