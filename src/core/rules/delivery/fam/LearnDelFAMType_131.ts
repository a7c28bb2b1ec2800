import { atAim, famRule, fundModelIn, startsOnOrAfter } from './fam-shared';

/**
 * LearnDelFAMType_131 (error): a Tailored Learning aim (FundModel 11) started on or after 1 August 2025 must have LDM
 * 399, 400 or 401 (how the provision is funded); reported at the aim's FundModel. New in 2025-26.
 */
export const LearnDelFAMType_131 = famRule('LearnDelFAMType_131', { fields: ['FundModel', 'LearnStartDate', 'LearnDelFAMType', 'LearnDelFAMCode'], years: { from: '2122' } }, (aim, fams) =>
  fundModelIn(aim, [11]) && startsOnOrAfter(aim, '2025-08-01') && !fams.has('LDM', '399', '400', '401') ? atAim(aim, 'FundModel', ['LearnStartDate']) : undefined,
);
