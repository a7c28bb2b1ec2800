import { atAim, famRule, fundModelIn, int, startsOnOrAfter } from './fam-shared';

/**
 * LearnDelFAMType_39 (error): an aim of FundModel 81 or 82 started on or after 1 August 2013 should have an LDM
 * record; apprenticeship standards (ProgType 25) excluded. Reported at the aim's FundModel. The same in ESFA's 2020-21
 * service.
 */
export const LearnDelFAMType_39 = famRule('LearnDelFAMType_39', { fields: ['FundModel', 'LearnStartDate', 'ProgType', 'LearnDelFAMType'] }, (aim, fams) =>
  fundModelIn(aim, [81, 82]) && startsOnOrAfter(aim, '2013-08-01') && int(aim, 'ProgType') !== 25 && !fams.has('LDM') ? atAim(aim, 'FundModel', ['LearnStartDate']) : undefined,
);
