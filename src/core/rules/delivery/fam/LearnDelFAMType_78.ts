import { atType, famRule, famUntil2021, fundModelIn, type Fires } from './fam-shared';

/**
 * LearnDelFAMType_78 (error): Devolved area monitoring (DAM) only on Adult skills, Adult Skills Fund, Tailored Learning
 * or Community Learning aims (FundModel 35, 38, 11, 10); reported once per aim, at its first DAM record.
 * 2020-21 (variant): ESFA's 2020-21 service allows DAM on FundModel 35 and 10 only.
 */
const fires =
  (models: number[]): Fires =>
  (aim, fams) =>
    fundModelIn(aim, models) ? undefined : atType(fams.find('DAM'), ['FundModel']);

export const LearnDelFAMType_78 = {
  ...famRule('LearnDelFAMType_78', { fields: ['FundModel', 'LearnDelFAMType'] }, fires([35, 38, 11, 10])),
  variants: [famUntil2021(['FundModel', 'LearnDelFAMType'], fires([35, 10]), "ESFA's 2020-21 service allows DAM on FundModel 35 and 10 only.")],
};
