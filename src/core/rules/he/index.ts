import type { RuleDefinition } from '../types';

/** The HE rules (LearnerHE, LearningDeliveryHE), one file per rule ID. */
export const heRules: RuleDefinition[] = [];
