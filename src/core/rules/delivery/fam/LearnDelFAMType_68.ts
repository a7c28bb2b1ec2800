import { atCodes, famRule, fundModelIn, int } from './fam-shared';

/**
 * LearnDelFAMType_68 (error): LDM 356 (apprenticeship delivered to own employees) only on a FundModel 36 programme aim
 * (AimType 1); reported at the LDM record's code.
 * Decision: the text's "error where FundModel <> 36 and AimType <> 1" read literally would accept a FundModel 36
 * component aim and a programme aim of another funding model; the rule's statement ("must be a Funding model 36
 * programme aim") and its message say both are required, as ESFA's 2020-21 service has it (fires unless FundModel 36
 * and AimType 1). Followed for every year.
 */
export const LearnDelFAMType_68 = famRule('LearnDelFAMType_68', { fields: ['FundModel', 'AimType', 'LearnDelFAMType', 'LearnDelFAMCode'] }, (aim, fams) =>
  fundModelIn(aim, [36]) && int(aim, 'AimType') === 1 ? undefined : atCodes(fams.matching('LDM', '356'), ['FundModel', 'AimType']),
);
