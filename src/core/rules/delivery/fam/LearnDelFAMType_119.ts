import { atAim, famRule, fundModelIn, startsOnOrAfter } from './fam-shared';

/**
 * LearnDelFAMType_119 (error): a Community Learning aim (FundModel 10) started on or after 1 August 2023 must have an
 * ACL record; reported at the aim's FundModel. Not in ESFA's 2020-21 service.
 */
export const LearnDelFAMType_119 = famRule('LearnDelFAMType_119', { fields: ['FundModel', 'LearnStartDate', 'LearnDelFAMType'], years: { from: '2122' } }, (aim, fams) =>
  fundModelIn(aim, [10]) && startsOnOrAfter(aim, '2023-08-01') && !fams.has('ACL') ? atAim(aim, 'FundModel', ['LearnStartDate']) : undefined,
);
