import { atCodes, famRule, fundModelIn } from './fam-shared';

/**
 * LearnDelFAMType_08 (error): a non-funded aim (FundModel 99) must not have SOF 105 (Adult) or 107 (16-19); reported
 * at the SOF record's code. The same in ESFA's 2020-21 service.
 */
export const LearnDelFAMType_08 = famRule('LearnDelFAMType_08', { fields: ['FundModel', 'LearnDelFAMType', 'LearnDelFAMCode'] }, (aim, fams) =>
  fundModelIn(aim, [99]) ? atCodes(fams.matching('SOF', '105', '107'), ['FundModel']) : undefined,
);
