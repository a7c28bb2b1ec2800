import type { RuleDefinition } from '../types';
import { Entity_1 } from './Entity_1';
import { Outcome_07 } from './Outcome_07';
import { Outcome_08 } from './Outcome_08';
import { OutCollDate_01 } from './OutCollDate_01';
import { OutCollDate_02 } from './OutCollDate_02';
import { OutEndDate_01 } from './OutEndDate_01';
import { OutStartDate_01 } from './OutStartDate_01';
import { OutStartDate_02 } from './OutStartDate_02';
import { OutType_01 } from './OutType_01';
import { OutType_02 } from './OutType_02';
import { OutType_03 } from './OutType_03';
import { OutType_04 } from './OutType_04';
import { OutType_05 } from './OutType_05';
import { OutULN_01 } from './OutULN_01';
import { R107 } from './R107';
import { R108 } from './R108';
import { R69 } from './R69';
import { R71 } from './R71';
import { R85 } from './R85';

/** The Learner Destination and Progression rules, one file per rule ID (see dp-shared.ts for their years and source). */
export const destinationRules: RuleDefinition[] = [
  OutType_01,
  OutType_02,
  OutType_03,
  OutType_04,
  OutType_05,
  OutStartDate_01,
  OutStartDate_02,
  OutEndDate_01,
  OutCollDate_01,
  OutCollDate_02,
  OutULN_01,
  R69,
  R71,
  R85,
  R107,
  R108,
  Outcome_07,
  Outcome_08,
  Entity_1,
];
