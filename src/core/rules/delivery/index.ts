import type { RuleDefinition } from '../types';
import { Outcome_09 } from './Outcome_09';
import { Outcome_10 } from './Outcome_10';
import { Outcome_11 } from './Outcome_11';
import { Outcome_12 } from './Outcome_12';
import { AchDate_02 } from './AchDate_02';
import { AchDate_07 } from './AchDate_07';
import { AchDate_08 } from './AchDate_08';
import { AchDate_09 } from './AchDate_09';
import { AchDate_10 } from './AchDate_10';
import { AchDate_11 } from './AchDate_11';
import { AchDate_12 } from './AchDate_12';
import { AchDate_13 } from './AchDate_13';
import { WithdrawReason_05 } from './WithdrawReason_05';
import { WithdrawReason_06 } from './WithdrawReason_06';
import { CompStatus_07 } from './CompStatus_07';
import { CompStatus_08 } from './CompStatus_08';
import { CompStatus_09 } from './CompStatus_09';
import { AchDate_03 } from './AchDate_03';
import { AchDate_04 } from './AchDate_04';
import { AchDate_05 } from './AchDate_05';
import { CompStatus_01 } from './CompStatus_01';
import { CompStatus_02 } from './CompStatus_02';
import { CompStatus_03 } from './CompStatus_03';
import { CompStatus_04 } from './CompStatus_04';
import { CompStatus_05 } from './CompStatus_05';
import { CompStatus_06 } from './CompStatus_06';
import { LearnActEndDate_01 } from './LearnActEndDate_01';
import { LearnActEndDate_04 } from './LearnActEndDate_04';
import { LearnPlanEndDate_02 } from './LearnPlanEndDate_02';
import { LearnPlanEndDate_03 } from './LearnPlanEndDate_03';
import { Outcome_01 } from './Outcome_01';
import { Outcome_04 } from './Outcome_04';
import { Outcome_05 } from './Outcome_05';
import { WithdrawReason_02 } from './WithdrawReason_02';
import { WithdrawReason_03 } from './WithdrawReason_03';
import { WithdrawReason_04 } from './WithdrawReason_04';

/** The learning-delivery rules (completion, outcome, withdrawal, end dates), one file per rule ID. */
export const deliveryRules: RuleDefinition[] = [
  CompStatus_01, CompStatus_02, CompStatus_03, CompStatus_04, CompStatus_05, CompStatus_06, CompStatus_07, CompStatus_08, CompStatus_09,
  Outcome_01, Outcome_04, Outcome_05, Outcome_09, Outcome_10, Outcome_11, Outcome_12,
  WithdrawReason_02, WithdrawReason_03, WithdrawReason_04, WithdrawReason_05, WithdrawReason_06,
  LearnActEndDate_01, LearnActEndDate_04,
  LearnPlanEndDate_02, LearnPlanEndDate_03,
  AchDate_02, AchDate_03, AchDate_04, AchDate_05, AchDate_07, AchDate_08, AchDate_09, AchDate_10, AchDate_11, AchDate_12, AchDate_13,
];
