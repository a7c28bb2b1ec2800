import { atAim, famRule, famUntil2021, fundModelIn, type Fires } from './fam-shared';

/**
 * LearnDelFAMType_02 (error): an Adult skills or Adult Skills Fund aim (FundModel 35 or 38) must have a Full or
 * co-funding indicator (FFI); reported at the aim's FundModel.
 * 2020-21 (variant): ESFA's 2020-21 service asks it for FundModel 35 only (38 did not exist).
 */
const fires =
  (models: number[]): Fires =>
  (aim, fams) =>
    fundModelIn(aim, models) && !fams.has('FFI') ? atAim(aim, 'FundModel') : undefined;

export const LearnDelFAMType_02 = {
  ...famRule('LearnDelFAMType_02', { fields: ['FundModel', 'LearnDelFAMType'] }, fires([35, 38])),
  variants: [famUntil2021(['FundModel', 'LearnDelFAMType'], fires([35]), "ESFA's 2020-21 service requires the FFI for FundModel 35 only.")],
};
