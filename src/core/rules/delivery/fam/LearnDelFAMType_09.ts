import { isDevolved } from '../../derived/programme';
import { atCodes, famRule, famUntil2021, fundModelIn, type Fires } from './fam-shared';

/**
 * LearnDelFAMType_09 (error): an apprenticeship, adult, Adult Skills Fund, Community Learning or Tailored Learning aim
 * (FundModel 35, 38, 36, 81, 10, 11) with a Source of funding must have SOF 105 (Adult); not for devolved authorities
 * (DD35: SOF 110–120). Reported at each SOF record's code.
 * Decision: the text's "the Source of funding record (SOF) must be Adult" is about a SOF that is returned; an aim with no
 * SOF at all is LearnDelFAMType_01's to report (as in ESFA's 2020-21 service, which asks for a SOF record too).
 * 2020-21 (variant): ESFA's 2020-21 service asks it for FundModel 10, 35, 36, 70 and 81.
 */
const fires =
  (models: number[]): Fires =>
  (aim, fams) =>
    fundModelIn(aim, models) && !isDevolved(aim) && !fams.has('SOF', '105') ? atCodes(fams.of('SOF'), ['FundModel']) : undefined;

const FIELDS = ['FundModel', 'LearnDelFAMType', 'LearnDelFAMCode'];

export const LearnDelFAMType_09 = {
  ...famRule('LearnDelFAMType_09', { fields: FIELDS }, fires([35, 38, 36, 81, 10, 11])),
  variants: [famUntil2021(FIELDS, fires([10, 35, 36, 70, 81]), "ESFA's 2020-21 service asks for SOF 105 on FundModel 10, 35, 36, 70 and 81.")],
};
