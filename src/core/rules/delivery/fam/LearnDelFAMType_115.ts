import { famRule } from './fam-shared';

/**
 * LearnDelFAMType_115 (error): LDM 379 (Procured AEB 2021) and LDM 388 (Procured AEB 2023) must not both be on an aim;
 * reported at the LDM 388 record's code, with the LDM 379 record. Not in ESFA's 2020-21 service.
 */
export const LearnDelFAMType_115 = famRule('LearnDelFAMType_115', { fields: ['LearnDelFAMType', 'LearnDelFAMCode'], years: { from: '2122' } }, (_aim, fams) => {
  const aeb2023 = fams.find('LDM', '388');
  return aeb2023 && fams.has('LDM', '379') ? { record: aeb2023, field: 'LearnDelFAMCode', fams: fams.matching('LDM', '379') } : undefined;
});
