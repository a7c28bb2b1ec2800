import type { RuleDefinition } from '../types';

/** The employment status rules (EmpStat, ESMType, EmpId, DateEmpStatApp), one file per rule ID. */
export const employmentRules: RuleDefinition[] = [];
