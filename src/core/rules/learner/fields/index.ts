import type { RuleDefinition } from '../../types';

/** The learner rules about the learner's own fields (names, date of birth, NI number, postcode, prior attainment, LLDD, FAMs, GCSE grades, planned hours), one file per rule ID. */
export const learnerFieldRules: RuleDefinition[] = [];
