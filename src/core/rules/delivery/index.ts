import type { Rule } from '../types';

/** The learning-delivery rules (completion, outcome, withdrawal, end dates), one file per rule ID. */
export const deliveryRules: Rule[] = [];
