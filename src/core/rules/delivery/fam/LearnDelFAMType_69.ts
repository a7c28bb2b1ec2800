import { atCodes, famRule, fundModelIn, startsOnOrAfter } from './fam-shared';

/**
 * LearnDelFAMType_69 (error): LDM 357 (Procured Adult Education Budget) only on FundModel 35 or 10 aims started on or
 * after 1 November 2017; reported at the LDM record's code. The same in ESFA's 2020-21 service. An aim whose start date
 * is missing or not a date is taken as not meeting the date (its own FD rule reports it).
 */
export const LearnDelFAMType_69 = famRule('LearnDelFAMType_69', { fields: ['FundModel', 'LearnStartDate', 'LearnDelFAMType', 'LearnDelFAMCode'] }, (aim, fams) =>
  fundModelIn(aim, [35, 10]) && startsOnOrAfter(aim, '2017-11-01') ? undefined : atCodes(fams.matching('LDM', '357'), ['FundModel', 'LearnStartDate']),
);
