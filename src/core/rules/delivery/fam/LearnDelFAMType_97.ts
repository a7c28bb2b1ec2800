import { atCodes, famRule, fundModelIn } from './fam-shared';

/**
 * LearnDelFAMType_97 (error): an aim with DAM 002 (Procured Devolved Adult Education) must not be both FundModel 35
 * and SOF 105 (Adult); reported at the DAM record's code. Not in ESFA's 2020-21 service.
 */
export const LearnDelFAMType_97 = famRule('LearnDelFAMType_97', { fields: ['FundModel', 'LearnDelFAMType', 'LearnDelFAMCode'], years: { from: '2122' } }, (aim, fams) =>
  fundModelIn(aim, [35]) && fams.has('SOF', '105') ? atCodes(fams.matching('DAM', '002'), ['FundModel']) : undefined,
);
