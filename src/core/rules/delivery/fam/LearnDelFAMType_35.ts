import { atTypes, famRule, fundModelIn } from './fam-shared';

/**
 * LearnDelFAMType_35 (error): the Advanced Learner Loans indicator (ADL) only on non-funded aims (FundModel 99);
 * reported at the ADL record. The same in ESFA's 2020-21 service.
 */
export const LearnDelFAMType_35 = famRule('LearnDelFAMType_35', { fields: ['FundModel', 'LearnDelFAMType'] }, (aim, fams) =>
  fundModelIn(aim, [99]) ? undefined : atTypes(fams.of('ADL'), ['FundModel']),
);
