import { atTypes, famRule, fundModelIn } from './fam-shared';

/**
 * LearnDelFAMType_91 (error): a non-funded aim (FundModel 99) with an Advanced Learner Loans indicator (ADL) must not
 * have a Source of funding; reported at the SOF record. The same in ESFA's 2020-21 service.
 */
export const LearnDelFAMType_91 = famRule('LearnDelFAMType_91', { fields: ['FundModel', 'LearnDelFAMType'] }, (aim, fams) =>
  fundModelIn(aim, [99]) && fams.has('ADL') ? atTypes(fams.of('SOF'), ['FundModel']) : undefined,
);
