import type { RuleDefinition } from '../types';
import { Accom_01 } from './Accom_01';
import { AFinType_02 } from './AFinType_02';
import { AimType_01 } from './AimType_01';
import { AimSeqNumber_02 } from './AimSeqNumber_02';
import { EmpStat_05 } from './EmpStat_05';
import { ESMType_01 } from './ESMType_01';
import { ESMType_11 } from './ESMType_11';
import { Ethnicity_01 } from './Ethnicity_01';
import { FundModel_01 } from './FundModel_01';
import { LearnDelFAMType_04 } from './LearnDelFAMType_04';
import { LearnDelFAMType_06 } from './LearnDelFAMType_06';
import { LearnFAMType_01 } from './LearnFAMType_01';
import { LearnFAMType_03 } from './LearnFAMType_03';
import { LLDDCat_01 } from './LLDDCat_01';
import { LLDDCat_02 } from './LLDDCat_02';
import { LLDDHealthProb_01 } from './LLDDHealthProb_01';
import { PrimaryLLDD_02 } from './PrimaryLLDD_02';
import { PriorAttain_03 } from './PriorAttain_03';
import { Sex_01 } from './Sex_01';
import { WorkPlaceMode_01 } from './WorkPlaceMode_01';
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
export const learnerRules: RuleDefinition[] = [ULN_02, ULN_03, ULN_04, ULN_06, ULN_07, ULN_09, ULN_10, ULN_11, ULN_12, R_06, R_07, AimSeqNumber_02];

/** The code-list ("valid lookup") rules of the learner and its aims, checked against src/core/codes. */
export const learnerCodeRules: RuleDefinition[] = [
  Sex_01,
  Ethnicity_01,
  LLDDHealthProb_01,
  Accom_01,
  LLDDCat_01,
  LLDDCat_02,
  PrimaryLLDD_02,
  PriorAttain_03,
  LearnFAMType_01,
  LearnFAMType_03,
  EmpStat_05,
  ESMType_01,
  ESMType_11,
  AimType_01,
  FundModel_01,
  LearnDelFAMType_04,
  LearnDelFAMType_06,
  AFinType_02,
  WorkPlaceMode_01,
];
