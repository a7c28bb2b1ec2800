import type { RuleDefinition } from '../../types';
import { AddLine1_03 } from './AddLine1_03';
import { ALSCost_02 } from './ALSCost_02';
import { EngGrade_01 } from './EngGrade_01';
import { EngGrade_02 } from './EngGrade_02';
import { EngGrade_03 } from './EngGrade_03';
import { EngGrade_04 } from './EngGrade_04';
import { LLDDHealthProb_04 } from './LLDDHealthProb_04';
import { LLDDHealthProb_06 } from './LLDDHealthProb_06';
import { LLDDHealthProb_07 } from './LLDDHealthProb_07';
import { MathGrade_01 } from './MathGrade_01';
import { MathGrade_02 } from './MathGrade_02';
import { MathGrade_03 } from './MathGrade_03';
import { MathGrade_04 } from './MathGrade_04';
import { PlanEEPHours_01 } from './PlanEEPHours_01';
import { PlanLearnHours_01 } from './PlanLearnHours_01';
import { PlanLearnHours_02 } from './PlanLearnHours_02';
import { PlanLearnHours_03 } from './PlanLearnHours_03';
import { PlanLearnHours_04 } from './PlanLearnHours_04';
import { PlanLearnHours_05 } from './PlanLearnHours_05';
import { Postcode_15 } from './Postcode_15';
import { PostcodePrior_02 } from './PostcodePrior_02';
import { PrimaryLLDD_01 } from './PrimaryLLDD_01';
import { PrimaryLLDD_03 } from './PrimaryLLDD_03';
import { PrimaryLLDD_04 } from './PrimaryLLDD_04';
import { PriorAttain_01 } from './PriorAttain_01';
import { PriorAttain_04 } from './PriorAttain_04';
import { PriorAttain_09 } from './PriorAttain_09';
import { PriorAttain_10 } from './PriorAttain_10';
import { ProvSpecLearnMonOccur_01 } from './ProvSpecLearnMonOccur_01';

/** The learner rules about the learner's own fields (names, date of birth, NI number, postcode, prior attainment, LLDD, FAMs, GCSE grades, planned hours), one file per rule ID. */
export const learnerFieldRules: RuleDefinition[] = [
  ALSCost_02,
  AddLine1_03,
  EngGrade_01,
  EngGrade_02,
  EngGrade_03,
  EngGrade_04,
  LLDDHealthProb_04,
  LLDDHealthProb_06,
  LLDDHealthProb_07,
  MathGrade_01,
  MathGrade_02,
  MathGrade_03,
  MathGrade_04,
  PlanEEPHours_01,
  PlanLearnHours_01,
  PlanLearnHours_02,
  PlanLearnHours_03,
  PlanLearnHours_04,
  PlanLearnHours_05,
  PostcodePrior_02,
  Postcode_15,
  PrimaryLLDD_01,
  PrimaryLLDD_03,
  PrimaryLLDD_04,
  PriorAttain_01,
  PriorAttain_04,
  PriorAttain_09,
  PriorAttain_10,
  ProvSpecLearnMonOccur_01,
];
