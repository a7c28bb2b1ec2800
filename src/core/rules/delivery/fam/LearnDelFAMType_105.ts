import { atCodes, famRule, fundModelIn, text } from './fam-shared';

/**
 * LearnDelFAMType_105 (error): LDM 379 (Procured Adult Education Budget 2021) only on a FundModel 35 or 10 aim, with
 * SOF 105 (Adult) and no ProgType; reported at the LDM record's code.
 * Decision: the text's brackets put "or (SOF <> 105) or (ProgType is returned)" outside the LDM 379 condition, which
 * would fire for every aim with a ProgType; the rule's statement and message are about aims with LDM 379, so every
 * condition applies to them. "SOF <> 105" is a SOF record of another code (an aim with no SOF is LearnDelFAMType_01's).
 * Not in ESFA's 2020-21 service.
 */
export const LearnDelFAMType_105 = famRule('LearnDelFAMType_105', { fields: ['FundModel', 'ProgType', 'LearnDelFAMType', 'LearnDelFAMCode'], years: { from: '2122' } }, (aim, fams) =>
  !fundModelIn(aim, [35, 10]) || fams.other('SOF', '105').length > 0 || text(aim, 'ProgType') !== undefined
    ? atCodes(fams.matching('LDM', '379'), ['FundModel', 'ProgType'])
    : undefined,
);
