import type { Needs, Rule } from '../types';
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
import { R_107 } from './R_107';
import { R_108 } from './R_108';
import { R_69 } from './R_69';
import { R_71 } from './R_71';
import { R_85 } from './R_85';

/** The Learner Destination and Progression rules, one file per rule ID (see dp-shared.ts for their years and source). */
export const destinationRules: Rule[] = [
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
  R_69,
  R_71,
  R_85,
  R_107,
  R_108,
  Outcome_07,
  Outcome_08,
  Entity_1,
];

/**
 * Destination and Progression rules of 2020-21 that are not run, with what they need. OutULN_02 (the ULN on a
 * destination record must be on the Learning Records Service register, unless it is the temporary ULN) needs the ULN
 * register, which the product does not have; it is not a Rule object, since a rule that can never run would pretend.
 * The rule catalogue lists these as "needs reference data" for years whose ILR has the entity.
 */
export const destinationNotRun: readonly { rule: string; needs: Needs; description: string }[] = [
  {
    rule: 'OutULN_02',
    needs: 'uln',
    description:
      "The ULN on a Destination and Progression record must be a ULN issued by the Learning Records Service (the temporary ULN 9999999999 excepted). Needs the ULN register. Source: ESFA's 2020-21 validation service (OutULN_02Rule).",
  },
];
