import { atTypes, famRule, famUntil2021, fundModelIn, type Fires } from './fam-shared';

/**
 * LearnDelFAMType_46 (error): Family English, Maths or Language (FLN) only on Adult skills or Adult Skills Fund aims
 * (FundModel 35 or 38); reported at the FLN record.
 * 2020-21 (variant): ESFA's 2020-21 service allows FLN on FundModel 35 only.
 */
const fires =
  (models: number[]): Fires =>
  (aim, fams) =>
    fundModelIn(aim, models) ? undefined : atTypes(fams.of('FLN'), ['FundModel']);

export const LearnDelFAMType_46 = {
  ...famRule('LearnDelFAMType_46', { fields: ['FundModel', 'LearnDelFAMType'] }, fires([35, 38])),
  variants: [famUntil2021(['FundModel', 'LearnDelFAMType'], fires([35]), "ESFA's 2020-21 service allows FLN on FundModel 35 only.")],
};
