import { atCodes, famRule, fundModelIn } from './fam-shared';

/**
 * LearnDelFAMType_07 (error): a 16-19 (non-apprenticeship) aim (FundModel 25 or 82) with a Source of funding must have
 * SOF 105 or 107; reported at each SOF record's code. An aim without any SOF is LearnDelFAMType_01's to report. The
 * same in ESFA's 2020-21 service.
 */
export const LearnDelFAMType_07 = famRule('LearnDelFAMType_07', { fields: ['FundModel', 'LearnDelFAMType', 'LearnDelFAMCode'] }, (aim, fams) =>
  fundModelIn(aim, [25, 82]) && !fams.has('SOF', '105', '107') ? atCodes(fams.of('SOF'), ['FundModel']) : undefined,
);
