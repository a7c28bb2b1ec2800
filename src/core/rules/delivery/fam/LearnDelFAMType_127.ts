import { atCodes, famRule, fundModelIn } from './fam-shared';

/**
 * LearnDelFAMType_127 (error): LDM 395 (Project S pilot for Adult Skills Fund providers) only on FundModel 38 aims;
 * reported at the LDM record's code. Not in ESFA's 2020-21 service.
 */
export const LearnDelFAMType_127 = famRule('LearnDelFAMType_127', { fields: ['FundModel', 'LearnDelFAMType', 'LearnDelFAMCode'], years: { from: '2122' } }, (aim, fams) =>
  fundModelIn(aim, [38]) ? undefined : atCodes(fams.matching('LDM', '395'), ['FundModel']),
);
