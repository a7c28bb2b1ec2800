import { adviceRules } from './advice';
import { deliveryRules } from './delivery';
import { destinationRules } from './destination';
import { learnerCodeRules, learnerRules } from './learner';
import type { RuleDefinition } from './types';

/**
 * Every hand-written rule of the product, as its file defines it (for every year it exists in): the learner rules
 * (ULN, duplicate keys, code lists), then the delivery, destination and advice rules. The field-definition rules are
 * generated per year from the year's XSD (field-definition/fd-rules.ts). rule-set.ts resolves both for a year.
 * A test (rules-registered.test.ts) fails when a rule file is not listed here or has no test table beside it.
 */
export const ruleDefinitions: readonly RuleDefinition[] = [...learnerRules, ...learnerCodeRules, ...deliveryRules, ...destinationRules, ...adviceRules];
