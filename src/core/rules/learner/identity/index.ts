import type { RuleDefinition } from '../../types';
import { DateOfBirth_01 } from './DateOfBirth_01';
import { DateOfBirth_02 } from './DateOfBirth_02';
import { DateOfBirth_04 } from './DateOfBirth_04';
import { DateOfBirth_05 } from './DateOfBirth_05';
import { DateOfBirth_06 } from './DateOfBirth_06';
import { DateOfBirth_07 } from './DateOfBirth_07';
import { DateOfBirth_12 } from './DateOfBirth_12';
import { DateOfBirth_13 } from './DateOfBirth_13';
import { DateOfBirth_14 } from './DateOfBirth_14';
import { DateOfBirth_20 } from './DateOfBirth_20';
import { DateOfBirth_23 } from './DateOfBirth_23';
import { DateOfBirth_24 } from './DateOfBirth_24';
import { DateOfBirth_25 } from './DateOfBirth_25';
import { DateOfBirth_26 } from './DateOfBirth_26';
import { DateOfBirth_27 } from './DateOfBirth_27';
import { DateOfBirth_30 } from './DateOfBirth_30';
import { DateOfBirth_34 } from './DateOfBirth_34';
import { DateOfBirth_37 } from './DateOfBirth_37';
import { DateOfBirth_40 } from './DateOfBirth_40';
import { DateOfBirth_46 } from './DateOfBirth_46';
import { DateOfBirth_47 } from './DateOfBirth_47';
import { DateOfBirth_48 } from './DateOfBirth_48';
import { DateOfBirth_57 } from './DateOfBirth_57';
import { DateOfBirth_58 } from './DateOfBirth_58';
import { FamilyName_01 } from './FamilyName_01';
import { FamilyName_02 } from './FamilyName_02';
import { FamilyName_04 } from './FamilyName_04';
import { GivenNames_01 } from './GivenNames_01';
import { GivenNames_02 } from './GivenNames_02';
import { GivenNames_04 } from './GivenNames_04';
import { LearnFAMType_09 } from './LearnFAMType_09';
import { LearnFAMType_10 } from './LearnFAMType_10';
import { LearnFAMType_11 } from './LearnFAMType_11';
import { LearnFAMType_14 } from './LearnFAMType_14';
import { LearnFAMType_15 } from './LearnFAMType_15';
import { LearnFAMType_16 } from './LearnFAMType_16';
import { LearnFAMType_17 } from './LearnFAMType_17';
import { NINumber_01 } from './NINumber_01';
import { NINumber_02 } from './NINumber_02';

/** The learner rules about who the learner is and their learner FAMs (date of birth and age, names, NI number, LearnFAMType), one file per rule ID. */
export const learnerIdentityRules: RuleDefinition[] = [
  DateOfBirth_01,
  DateOfBirth_02,
  DateOfBirth_04,
  DateOfBirth_05,
  DateOfBirth_06,
  DateOfBirth_07,
  DateOfBirth_12,
  DateOfBirth_13,
  DateOfBirth_14,
  DateOfBirth_20,
  DateOfBirth_23,
  DateOfBirth_24,
  DateOfBirth_25,
  DateOfBirth_26,
  DateOfBirth_27,
  DateOfBirth_30,
  DateOfBirth_34,
  DateOfBirth_37,
  DateOfBirth_40,
  DateOfBirth_46,
  DateOfBirth_47,
  DateOfBirth_48,
  DateOfBirth_57,
  DateOfBirth_58,
  FamilyName_01,
  FamilyName_02,
  FamilyName_04,
  GivenNames_01,
  GivenNames_02,
  GivenNames_04,
  LearnFAMType_09,
  LearnFAMType_10,
  LearnFAMType_11,
  LearnFAMType_14,
  LearnFAMType_15,
  LearnFAMType_16,
  LearnFAMType_17,
  NINumber_01,
  NINumber_02,
];
