import type { RuleDefinition } from '../../types';
import { LearnDelFAMType_01 } from './LearnDelFAMType_01';
import { LearnDelFAMType_02 } from './LearnDelFAMType_02';
import { LearnDelFAMType_07 } from './LearnDelFAMType_07';
import { LearnDelFAMType_08 } from './LearnDelFAMType_08';
import { LearnDelFAMType_09 } from './LearnDelFAMType_09';
import { LearnDelFAMType_14 } from './LearnDelFAMType_14';
import { LearnDelFAMType_15 } from './LearnDelFAMType_15';
import { LearnDelFAMType_18 } from './LearnDelFAMType_18';
import { LearnDelFAMType_22 } from './LearnDelFAMType_22';
import { LearnDelFAMType_31 } from './LearnDelFAMType_31';
import { LearnDelFAMType_35 } from './LearnDelFAMType_35';
import { LearnDelFAMType_36 } from './LearnDelFAMType_36';
import { LearnDelFAMType_38 } from './LearnDelFAMType_38';
import { LearnDelFAMType_39 } from './LearnDelFAMType_39';
import { LearnDelFAMType_40 } from './LearnDelFAMType_40';
import { LearnDelFAMType_46 } from './LearnDelFAMType_46';
import { LearnDelFAMType_50 } from './LearnDelFAMType_50';
import { LearnDelFAMType_54 } from './LearnDelFAMType_54';
import { LearnDelFAMType_68 } from './LearnDelFAMType_68';
import { LearnDelFAMType_69 } from './LearnDelFAMType_69';
import { LearnDelFAMType_70 } from './LearnDelFAMType_70';
import { LearnDelFAMType_71 } from './LearnDelFAMType_71';
import { LearnDelFAMType_75 } from './LearnDelFAMType_75';
import { LearnDelFAMType_76 } from './LearnDelFAMType_76';
import { LearnDelFAMType_77 } from './LearnDelFAMType_77';
import { LearnDelFAMType_78 } from './LearnDelFAMType_78';
import { LearnDelFAMType_91 } from './LearnDelFAMType_91';
import { LearnDelFAMType_92 } from './LearnDelFAMType_92';
import { LearnDelFAMType_97 } from './LearnDelFAMType_97';
import { LearnDelFAMType_100 } from './LearnDelFAMType_100';
import { LearnDelFAMType_105 } from './LearnDelFAMType_105';
import { LearnDelFAMType_106 } from './LearnDelFAMType_106';
import { LearnDelFAMType_107 } from './LearnDelFAMType_107';
import { LearnDelFAMType_108 } from './LearnDelFAMType_108';
import { LearnDelFAMType_109 } from './LearnDelFAMType_109';
import { LearnDelFAMType_111 } from './LearnDelFAMType_111';
import { LearnDelFAMType_112 } from './LearnDelFAMType_112';
import { LearnDelFAMType_113 } from './LearnDelFAMType_113';
import { LearnDelFAMType_115 } from './LearnDelFAMType_115';
import { LearnDelFAMType_116 } from './LearnDelFAMType_116';
import { LearnDelFAMType_118 } from './LearnDelFAMType_118';
import { LearnDelFAMType_119 } from './LearnDelFAMType_119';
import { LearnDelFAMType_120 } from './LearnDelFAMType_120';
import { LearnDelFAMType_126 } from './LearnDelFAMType_126';
import { LearnDelFAMType_127 } from './LearnDelFAMType_127';
import { LearnDelFAMType_128 } from './LearnDelFAMType_128';
import { LearnDelFAMType_131 } from './LearnDelFAMType_131';
import { LearnDelFAMType_132 } from './LearnDelFAMType_132';
import { LearnDelFAMType_133 } from './LearnDelFAMType_133';
import { LearnDelFamType_134 } from './LearnDelFamType_134';

/** The learning delivery FAM rules (LearnDelFAMType, LearnDelFAMDateFrom/To), one file per rule ID. */
export const deliveryFamRules: RuleDefinition[] = [
  LearnDelFAMType_01,
  LearnDelFAMType_02,
  LearnDelFAMType_07,
  LearnDelFAMType_08,
  LearnDelFAMType_09,
  LearnDelFAMType_14,
  LearnDelFAMType_15,
  LearnDelFAMType_18,
  LearnDelFAMType_22,
  LearnDelFAMType_31,
  LearnDelFAMType_35,
  LearnDelFAMType_36,
  LearnDelFAMType_38,
  LearnDelFAMType_39,
  LearnDelFAMType_40,
  LearnDelFAMType_46,
  LearnDelFAMType_50,
  LearnDelFAMType_54,
  LearnDelFAMType_68,
  LearnDelFAMType_69,
  LearnDelFAMType_70,
  LearnDelFAMType_71,
  LearnDelFAMType_75,
  LearnDelFAMType_76,
  LearnDelFAMType_77,
  LearnDelFAMType_78,
  LearnDelFAMType_91,
  LearnDelFAMType_92,
  LearnDelFAMType_97,
  LearnDelFAMType_100,
  LearnDelFAMType_105,
  LearnDelFAMType_106,
  LearnDelFAMType_107,
  LearnDelFAMType_108,
  LearnDelFAMType_109,
  LearnDelFAMType_111,
  LearnDelFAMType_112,
  LearnDelFAMType_113,
  LearnDelFAMType_115,
  LearnDelFAMType_116,
  LearnDelFAMType_118,
  LearnDelFAMType_119,
  LearnDelFAMType_120,
  LearnDelFAMType_126,
  LearnDelFAMType_127,
  LearnDelFAMType_128,
  LearnDelFAMType_131,
  LearnDelFAMType_132,
  LearnDelFAMType_133,
  LearnDelFamType_134,
];
