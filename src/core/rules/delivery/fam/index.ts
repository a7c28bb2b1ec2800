import type { RuleDefinition } from '../../types';

/** The learning delivery FAM rules (LearnDelFAMType, LearnDelFAMDateFrom/To), one file per rule ID. */
export const deliveryFamRules: RuleDefinition[] = [];
