import type { Rule } from '../types';
import { AimSeqNumber_02 } from './AimSeqNumber_02';
import { R_06 } from './R_06';
import { R_07 } from './R_07';
import { ULN_02 } from './ULN_02';
import { ULN_03 } from './ULN_03';
import { ULN_04 } from './ULN_04';
import { ULN_06 } from './ULN_06';
import { ULN_07 } from './ULN_07';
import { ULN_09 } from './ULN_09';
import { ULN_10 } from './ULN_10';
import { ULN_11 } from './ULN_11';
import { ULN_12 } from './ULN_12';

/** The learner-level rules of the rules engine: the self-contained ULN rules and the aim/learner key rules (R_06, R_07, AimSeqNumber_02). */
export const learnerRules: Rule[] = [ULN_02, ULN_03, ULN_04, ULN_06, ULN_07, ULN_09, ULN_10, ULN_11, ULN_12, R_06, R_07, AimSeqNumber_02];
