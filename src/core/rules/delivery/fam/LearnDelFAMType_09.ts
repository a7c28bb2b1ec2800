import type { IlrRecord } from '../../../model/record';
import type { AimFams } from '../../derived/delivery-fams';
import { isDevolved } from '../../derived/programme';
import { atCodes, famRule, famUntil2021, fundModelIn, isDevolved2021, type Fires } from './fam-shared';

/**
 * LearnDelFAMType_09 (error): an apprenticeship, adult, Adult Skills Fund, Community Learning or Tailored Learning aim
 * (FundModel 35, 38, 36, 81, 10, 11) with a Source of funding must have SOF 105 (Adult); not for devolved authorities
 * (DD35: SOF 110–120). Reported at each SOF record's code.
 * Decision: the text's "the Source of funding record (SOF) must be Adult" is about a SOF that is returned; an aim with no
 * SOF at all is LearnDelFAMType_01's to report (as in ESFA's 2020-21 service, which asks for a SOF record too).
 * 2020-21 (variant): ESFA's 2020-21 service asks it for FundModel 10, 35, 36, 70 and 81, and its DD35 is SOF 110–117.
 */
const fires =
  (models: number[], devolved: (aim: IlrRecord, fams: AimFams) => boolean): Fires =>
  (aim, fams) =>
    fundModelIn(aim, models) && !devolved(aim, fams) && !fams.has('SOF', '105') ? atCodes(fams.of('SOF'), ['FundModel']) : undefined;

const FIELDS = ['FundModel', 'LearnDelFAMType', 'LearnDelFAMCode'];

export const LearnDelFAMType_09 = {
  ...famRule('LearnDelFAMType_09', { fields: FIELDS }, fires([35, 38, 36, 81, 10, 11], isDevolved)),
  variants: [famUntil2021(FIELDS, fires([10, 35, 36, 70, 81], (_aim, fams) => isDevolved2021(fams)), "ESFA's 2020-21 service asks for SOF 105 on FundModel 10, 35, 36, 70 and 81; its DD35 (the exclusion) is SOF 110–117.")],
};
