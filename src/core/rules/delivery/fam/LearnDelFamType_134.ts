import { atCodes, famRule, fundModelIn } from './fam-shared';

/**
 * LearnDelFamType_134 (error; the official list spells the ID this way): SOF 121, 122 or 123 (East Midlands, York and
 * North Yorkshire, Cornwall) must not be on an Adult skills or Community Learning aim (FundModel 35 or 10); reported at
 * the SOF record's code. New in 2025-26.
 */
export const LearnDelFamType_134 = famRule('LearnDelFamType_134', { fields: ['FundModel', 'LearnDelFAMType', 'LearnDelFAMCode'], years: { from: '2122' } }, (aim, fams) =>
  fundModelIn(aim, [35, 10]) ? atCodes(fams.matching('SOF', '121', '122', '123'), ['FundModel']) : undefined,
);
