import { atCodes, famRule, fundModelIn } from './fam-shared';

/**
 * LearnDelFAMType_107 (error): LDM 320, 321 and 381 (14-16 provision) only on FundModel 25 or 82 aims; reported at the
 * LDM record's code. Not in ESFA's 2020-21 service.
 */
export const LearnDelFAMType_107 = famRule('LearnDelFAMType_107', { fields: ['FundModel', 'LearnDelFAMType', 'LearnDelFAMCode'], years: { from: '2122' } }, (aim, fams) =>
  fundModelIn(aim, [25, 82]) ? undefined : atCodes(fams.matching('LDM', '320', '321', '381'), ['FundModel']),
);
