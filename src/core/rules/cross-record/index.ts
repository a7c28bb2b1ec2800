import type { RuleDefinition } from '../types';
import { R_30 } from './R_30';
import { R_31 } from './R_31';
import { R_43 } from './R_43';
import { R_45 } from './R_45';
import { R_49 } from './R_49';
import { R_50 } from './R_50';
import { R_51 } from './R_51';
import { R_52 } from './R_52';
import { R_56 } from './R_56';
import { R_58 } from './R_58';
import { R_59 } from './R_59';
import { R_61 } from './R_61';
import { R_63 } from './R_63';
import { R_66 } from './R_66';
import { R_67 } from './R_67';
import { R_68 } from './R_68';
import { R_96 } from './R_96';
import { R_97 } from './R_97';
import { R_101 } from './R_101';
import { R_102 } from './R_102';
import { R_104 } from './R_104';
import { R_105 } from './R_105';
import { R_106 } from './R_106';
import { R_110 } from './R_110';
import { R_121 } from './R_121';
import { R_122 } from './R_122';
import { R_123 } from './R_123';
import { R_125 } from './R_125';
import { R_126 } from './R_126';

/** The cross-record rules (R_*): consistency between records of a learner or of the message, one file per rule ID. */
export const crossRecordRules: RuleDefinition[] = [
  R_30, R_31, R_43, R_45, R_49, R_50, R_51, R_52, R_56, R_58, R_59, R_61, R_63, R_66, R_67, R_68, R_96, R_97, R_101, R_102, R_104, R_105, R_106, R_110, R_121, R_122, R_123, R_125, R_126,
];
