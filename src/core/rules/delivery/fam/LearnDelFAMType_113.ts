import { atCodes, famRule, fundModelIn } from './fam-shared';

/**
 * LearnDelFAMType_113 (error): LDM 384 (T Levels for adults pilot) only on FundModel 81 aims; reported at the LDM
 * record's code. Not in ESFA's 2020-21 service.
 */
export const LearnDelFAMType_113 = famRule('LearnDelFAMType_113', { fields: ['FundModel', 'LearnDelFAMType', 'LearnDelFAMCode'], years: { from: '2122' } }, (aim, fams) =>
  fundModelIn(aim, [81]) ? undefined : atCodes(fams.matching('LDM', '384'), ['FundModel']),
);
