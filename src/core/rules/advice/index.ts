import type { Rule } from '../types';

/** Data-quality advice from the Provider Support Manual and the seeds (IDs of our own, prefixed ADV_). */
export const adviceRules: Rule[] = [];
