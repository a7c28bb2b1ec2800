import { atAim, famRule, famUntil2021, fundModelIn, type Fires } from './fam-shared';

/**
 * LearnDelFAMType_01 (error): an aim of a funding model (25, 82, 35, 36, 37, 81, 10, 11, 38) must have a Source of
 * funding (SOF) record; reported at the aim's FundModel.
 * 2020-21 (variant): ESFA's 2020-21 service asks it for FundModel 10, 25, 35, 36, 70, 81 and 82 (its
 * TypeOfFundingCollection: ESF, 70, was still funded; 11, 37 and 38 did not exist yet).
 */
const fires =
  (models: number[]): Fires =>
  (aim, fams) =>
    fundModelIn(aim, models) && !fams.has('SOF') ? atAim(aim, 'FundModel') : undefined;

export const LearnDelFAMType_01 = {
  ...famRule('LearnDelFAMType_01', { fields: ['FundModel', 'LearnDelFAMType'] }, fires([25, 82, 35, 36, 37, 81, 10, 11, 38])),
  variants: [famUntil2021(['FundModel', 'LearnDelFAMType'], fires([10, 25, 35, 36, 70, 81, 82]), "ESFA's 2020-21 service requires the SOF for FundModel 10, 25, 35, 36, 70, 81 and 82.")],
};
