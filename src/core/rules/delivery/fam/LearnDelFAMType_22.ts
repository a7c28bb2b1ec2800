import { atTypes, famRule, famUntil2021, fundModelIn, type Fires } from './fam-shared';

/**
 * LearnDelFAMType_22 (error): a Full or co-funding indicator (FFI) only on Adult skills, Adult Skills Fund, Skills
 * Bootcamps, Tailored Learning or Community Learning aims (FundModel 35, 37, 38, 81, 11, 10); reported at the FFI record.
 * 2020-21 (variant): ESFA's 2020-21 service allows the FFI on FundModel 35 and 81 only.
 */
const fires =
  (models: number[]): Fires =>
  (aim, fams) =>
    fundModelIn(aim, models) ? undefined : atTypes(fams.of('FFI'), ['FundModel']);

export const LearnDelFAMType_22 = {
  ...famRule('LearnDelFAMType_22', { fields: ['FundModel', 'LearnDelFAMType'] }, fires([35, 37, 38, 81, 11, 10])),
  variants: [famUntil2021(['FundModel', 'LearnDelFAMType'], fires([35, 81]), "ESFA's 2020-21 service allows the FFI on FundModel 35 and 81 only.")],
};
