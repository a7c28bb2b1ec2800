import { adviceRules } from './advice';
import { crossRecordRules } from './cross-record';
import { deliveryRules } from './delivery';
import { deliveryFamRules } from './delivery/fam';
import { deliveryFinancialRules } from './delivery/financial';
import { deliveryProgrammeRules } from './delivery/programme';
import { destinationRules } from './destination';
import { employmentRules } from './employment';
import { heRules } from './he';
import { learnerCodeRules, learnerRules } from './learner';
import { learnerFieldRules } from './learner/fields';
import { learnerIdentityRules } from './learner/identity';
import type { RuleDefinition } from './types';

/**
 * Every hand-written rule of the product, as its file defines it (for every year it exists in): the learner rules
 * (ULN, duplicate keys, code lists, the learner's own fields), employment status, HE and cross-record rules, then the
 * delivery (completion, FAM, programme, financial), destination and advice rules. The field-definition rules are
 * generated per year from the year's XSD (field-definition/fd-rules.ts). rule-set.ts resolves both for a year.
 * A test (rule-files.test.ts) fails when a rule file is not listed here or has no test table beside it.
 */
export const ruleDefinitions: readonly RuleDefinition[] = [
  ...learnerRules,
  ...learnerCodeRules,
  ...learnerIdentityRules,
  ...learnerFieldRules,
  ...employmentRules,
  ...heRules,
  ...crossRecordRules,
  ...deliveryRules,
  ...deliveryFamRules,
  ...deliveryProgrammeRules,
  ...deliveryFinancialRules,
  ...destinationRules,
  ...adviceRules,
];
