import { isApprenticeship } from '../../derived/programme';
import { atTypes, famRule, fundModelIn } from './fam-shared';

/**
 * LearnDelFAMType_14 (error): Eligibility for enhanced apprenticeship funding (EEF) only on a funded apprenticeship
 * (FundModel 35, 36 or 81 and DD07 = Y); reported at each EEF record. The same in ESFA's 2020-21 service (DD07 of the
 * year: frameworks too in 2020-21).
 */
export const LearnDelFAMType_14 = famRule('LearnDelFAMType_14', { fields: ['FundModel', 'ProgType', 'LearnDelFAMType'] }, (aim, fams, ctx) =>
  fundModelIn(aim, [35, 36, 81]) && isApprenticeship(aim, ctx.year) ? undefined : atTypes(fams.of('EEF'), ['FundModel', 'ProgType']),
);
