import { atTypes, famRule, famUntil2021, fundModelIn, type Fires } from './fam-shared';

/**
 * LearnDelFAMType_38 (error): the Advanced Learner Loans Bursary fund indicator (ALB) only on non-funded aims
 * (FundModel 99); reported at the ALB record.
 * 2020-21 (variant): ESFA's 2020-21 service does not fire when the aim has LDM 359 (Career Learning Pilot).
 */
const fires =
  (pilotExcluded: boolean): Fires =>
  (aim, fams) =>
    fundModelIn(aim, [99]) || (pilotExcluded && fams.has('LDM', '359')) ? undefined : atTypes(fams.of('ALB'), ['FundModel']);

export const LearnDelFAMType_38 = {
  ...famRule('LearnDelFAMType_38', { fields: ['FundModel', 'LearnDelFAMType'] }, fires(false)),
  variants: [famUntil2021(['FundModel', 'LearnDelFAMType', 'LearnDelFAMCode'], fires(true), "ESFA's 2020-21 service excludes aims with LDM 359 (Career Learning Pilot).")],
};
