import { atCodes, famRule, int, startsOnOrAfter } from './fam-shared';

/**
 * LearnDelFAMType_92 (error): no ACT 2 on a programme aim (AimType 1) started on or after 1 April 2021; restarts (an
 * aim with RES) excluded. Reported at the ACT record's code. The same in ESFA's 2020-21 service.
 */
export const LearnDelFAMType_92 = famRule('LearnDelFAMType_92', { fields: ['LearnStartDate', 'AimType', 'LearnDelFAMType', 'LearnDelFAMCode'] }, (aim, fams) =>
  int(aim, 'AimType') === 1 && startsOnOrAfter(aim, '2021-04-01') && !fams.has('RES') ? atCodes(fams.matching('ACT', '2'), ['AimType', 'LearnStartDate']) : undefined,
);
