import { isApprenticeship } from '../../derived/programme';
import { atTypes, famRule, fundModelIn } from './fam-shared';

/**
 * LearnDelFAMType_40 (error): no Advanced Learner Loans indicator (ADL) on a non-funded apprenticeship aim
 * (FundModel 99 and DD07 = Y); reported at the ADL record. The same in ESFA's 2020-21 service (DD07 of the year).
 */
export const LearnDelFAMType_40 = famRule('LearnDelFAMType_40', { fields: ['FundModel', 'ProgType', 'LearnDelFAMType'] }, (aim, fams, ctx) =>
  fundModelIn(aim, [99]) && isApprenticeship(aim, ctx.year) ? atTypes(fams.of('ADL'), ['FundModel', 'ProgType']) : undefined,
);
