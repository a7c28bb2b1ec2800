import { atCodes, famRule, fundModelIn, text } from './fam-shared';

/**
 * LearnDelFAMType_116 (error): LDM 388 (Procured AEB 2023) only on a FundModel 35, 38, 11 or 10 aim, with SOF 105
 * (Adult) and no ProgType; reported at the LDM record's code. "SOF <> 105" is a SOF record of another code (an aim
 * with no SOF is LearnDelFAMType_01's to report). Not in ESFA's 2020-21 service.
 */
export const LearnDelFAMType_116 = famRule('LearnDelFAMType_116', { fields: ['FundModel', 'ProgType', 'LearnDelFAMType', 'LearnDelFAMCode'], years: { from: '2122' } }, (aim, fams) =>
  !fundModelIn(aim, [35, 38, 11, 10]) || fams.other('SOF', '105').length > 0 || text(aim, 'ProgType') !== undefined
    ? atCodes(fams.matching('LDM', '388'), ['FundModel', 'ProgType'])
    : undefined,
);
