import type { RuleDefinition } from '../types';
import { R_43 } from './R_43';
import { R_45 } from './R_45';
import { R_49 } from './R_49';
import { R_50 } from './R_50';
import { R_51 } from './R_51';
import { R_52 } from './R_52';
import { R_67 } from './R_67';
import { R_96 } from './R_96';

/** The cross-record rules (R_*): consistency between records of a learner or of the message, one file per rule ID. */
export const crossRecordRules: RuleDefinition[] = [R_43, R_45, R_49, R_50, R_51, R_52, R_67, R_96];
