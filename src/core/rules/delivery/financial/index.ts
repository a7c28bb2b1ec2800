import type { RuleDefinition } from '../../types';

/** The learning delivery rules about apprenticeship financial records, work placements, outcomes and identifiers (AFinType, AFinDate, WorkPlace*, OutGrade, EPAOrgID, StdCode, PartnerUKPRN, ConRefNumber …), one file per rule ID. */
export const deliveryFinancialRules: RuleDefinition[] = [];
