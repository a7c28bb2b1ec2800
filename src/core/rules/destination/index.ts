import type { Rule } from '../types';

/** The Learner Destination and Progression rules, one file per rule ID. */
export const destinationRules: Rule[] = [];
