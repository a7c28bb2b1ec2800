import { adviceRules } from './advice';
import { deliveryRules } from './delivery';
import { destinationRules } from './destination';
import { fieldDefinitionRules } from './field-definition/fd-rules';
import { learnerCodeRules, learnerRules } from './learner';
import type { Rule } from './types';

/**
 * Every implemented rule of the product: field definitions (generated from the XSDs), the learner rules (ULN, duplicate
 * keys), then the rules of the delivery, destination and advice groups. Which of them run depends on the year
 * (each rule's appliesTo) and on the rules the user switched off.
 */
export const allRules: readonly Rule[] = [...fieldDefinitionRules, ...learnerRules, ...learnerCodeRules, ...deliveryRules, ...destinationRules, ...adviceRules];

let index: Map<string, Rule> | undefined;

/** An implemented rule by ID (for ILR.RULE and the issues list: its message and description), or undefined. */
export function implementedRule(id: string): Rule | undefined {
  if (!index) {
    index = new Map();
    for (const r of allRules) if (!index.has(r.id)) index.set(r.id, r);
  }
  return index.get(id.trim());
}
