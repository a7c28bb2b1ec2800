import { atCodes, famRule, fundModelIn } from './fam-shared';

/**
 * LearnDelFAMType_128 (error): LDM 396 (Project S pilot for Skills Bootcamps) only on FundModel 81 aims; reported at
 * the LDM record's code. Not in ESFA's 2020-21 service.
 */
export const LearnDelFAMType_128 = famRule('LearnDelFAMType_128', { fields: ['FundModel', 'LearnDelFAMType', 'LearnDelFAMCode'], years: { from: '2122' } }, (aim, fams) =>
  fundModelIn(aim, [81]) ? undefined : atCodes(fams.matching('LDM', '396'), ['FundModel']),
);
