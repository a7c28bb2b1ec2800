import { atAim, famRule, fundModelIn, startsOnOrAfter } from './fam-shared';

/**
 * LearnDelFAMType_126 (error): a Tailored Learning aim (FundModel 11) started on or after 1 August 2024 must have an
 * ACL record; reported at the aim's FundModel. Not in ESFA's 2020-21 service.
 */
export const LearnDelFAMType_126 = famRule('LearnDelFAMType_126', { fields: ['FundModel', 'LearnStartDate', 'LearnDelFAMType'], years: { from: '2122' } }, (aim, fams) =>
  fundModelIn(aim, [11]) && startsOnOrAfter(aim, '2024-08-01') && !fams.has('ACL') ? atAim(aim, 'FundModel', ['LearnStartDate']) : undefined,
);
