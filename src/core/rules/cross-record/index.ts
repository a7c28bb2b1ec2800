import type { RuleDefinition } from '../types';

/** The cross-record rules (R_*): consistency between records of a learner or of the message, one file per rule ID. */
export const crossRecordRules: RuleDefinition[] = [];
