import { atTypes, famRule, famUntil2021, fundModelIn, type Fires } from './fam-shared';

/**
 * LearnDelFAMType_50 (error): no Learning support funding (LSF) on 16-19, Community Learning or non-funded aims
 * (FundModel 25, 82, 10, 99); reported at the LSF record.
 * 2020-21 (variant): ESFA's 2020-21 service also bars it on ESF aims (FundModel 70).
 */
const fires =
  (models: number[]): Fires =>
  (aim, fams) =>
    fundModelIn(aim, models) ? atTypes(fams.of('LSF'), ['FundModel']) : undefined;

export const LearnDelFAMType_50 = {
  ...famRule('LearnDelFAMType_50', { fields: ['FundModel', 'LearnDelFAMType'] }, fires([25, 82, 10, 99])),
  variants: [famUntil2021(['FundModel', 'LearnDelFAMType'], fires([25, 82, 10, 70, 99]), "ESFA's 2020-21 service also bars LSF on FundModel 70 (ESF).")],
};
