import { atCodes, famRule, startsBefore } from './fam-shared';

/**
 * LearnDelFAMType_70 (error): LDM 358 (non-procured non-levy contract) only on aims started on or after 1 January 2018;
 * reported at the LDM record's code. The same in ESFA's 2020-21 service.
 */
export const LearnDelFAMType_70 = famRule('LearnDelFAMType_70', { fields: ['LearnStartDate', 'LearnDelFAMType', 'LearnDelFAMCode'] }, (aim, fams) =>
  startsBefore(aim, '2018-01-01') ? atCodes(fams.matching('LDM', '358'), ['LearnStartDate']) : undefined,
);
