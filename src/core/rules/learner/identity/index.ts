import type { RuleDefinition } from '../../types';

/** The learner rules about who the learner is and their learner FAMs (date of birth and age, names, NI number, LearnFAMType), one file per rule ID. */
export const learnerIdentityRules: RuleDefinition[] = [];
