import { atTypes, famRule, famUntil2021, type Fires } from './fam-shared';

/**
 * LearnDelFAMType_36 (error): an aim with an Advanced Learner Loans Bursary funding indicator (ALB) must have an
 * Advanced Learner Loans indicator (ADL); reported at the ALB record.
 * 2020-21 (variant): ESFA's 2020-21 service does not fire when the aim has LDM 359 (Career Learning Pilot).
 */
const fires =
  (pilotExcluded: boolean): Fires =>
  (_aim, fams) =>
    fams.has('ADL') || (pilotExcluded && fams.has('LDM', '359')) ? undefined : atTypes(fams.of('ALB'));

export const LearnDelFAMType_36 = {
  ...famRule('LearnDelFAMType_36', { fields: ['LearnDelFAMType'] }, fires(false)),
  variants: [famUntil2021(['LearnDelFAMType', 'LearnDelFAMCode'], fires(true), "ESFA's 2020-21 service excludes aims with LDM 359 (Career Learning Pilot).")],
};
