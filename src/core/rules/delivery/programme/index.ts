import type { RuleDefinition } from '../../types';
import { AddHours_01 } from './AddHours_01';
import { AddHours_02 } from './AddHours_02';
import { AddHours_04 } from './AddHours_04';
import { AddHours_05 } from './AddHours_05';
import { AddHours_06 } from './AddHours_06';
import { AimType_05 } from './AimType_05';
import { AimType_07 } from './AimType_07';
import { AimType_08 } from './AimType_08';
import { AimType_09 } from './AimType_09';
import { FundModel_03 } from './FundModel_03';
import { FundModel_04 } from './FundModel_04';
import { FundModel_05 } from './FundModel_05';
import { FundModel_06 } from './FundModel_06';
import { FundModel_07 } from './FundModel_07';
import { FundModel_09 } from './FundModel_09';
import { FundModel_10 } from './FundModel_10';
import { FundModel_11 } from './FundModel_11';
import { FundModel_14 } from './FundModel_14';
import { FundModel_15 } from './FundModel_15';
import { FundModel_16 } from './FundModel_16';
import { FundModel_17 } from './FundModel_17';
import { FundModel_18 } from './FundModel_18';
import { FundModel_19 } from './FundModel_19';
import { FundModel_20 } from './FundModel_20';
import { FundModel_21 } from './FundModel_21';
import { LearnAimRef_126 } from './LearnAimRef_126';
import { LearnAimRef_154 } from './LearnAimRef_154';
import { LearnAimRef_30 } from './LearnAimRef_30';
import { LearnAimRef_90 } from './LearnAimRef_90';
import { LearnStartDate_02 } from './LearnStartDate_02';
import { LearnStartDate_03 } from './LearnStartDate_03';
import { LearnStartDate_05 } from './LearnStartDate_05';
import { LearnStartDate_12 } from './LearnStartDate_12';
import { LearnStartDate_21 } from './LearnStartDate_21';
import { OTJActHours_01 } from './OTJActHours_01';
import { OTJActHours_02 } from './OTJActHours_02';
import { OTJActHours_03 } from './OTJActHours_03';
import { OrigLearnStartDate_01 } from './OrigLearnStartDate_01';
import { OrigLearnStartDate_02 } from './OrigLearnStartDate_02';
import { OrigLearnStartDate_03 } from './OrigLearnStartDate_03';
import { OrigLearnStartDate_04 } from './OrigLearnStartDate_04';
import { OrigLearnStartDate_09 } from './OrigLearnStartDate_09';
import { PHours_01 } from './PHours_01';
import { PHours_03 } from './PHours_03';
import { PHours_04 } from './PHours_04';
import { PHours_05 } from './PHours_05';
import { PHours_06 } from './PHours_06';
import { PHours_07 } from './PHours_07';
import { PHours_08 } from './PHours_08';
import { ProgType_01 } from './ProgType_01';
import { ProgType_02 } from './ProgType_02';
import { ProgType_03 } from './ProgType_03';
import { ProgType_06 } from './ProgType_06';
import { ProgType_15 } from './ProgType_15';
import { ProgType_17 } from './ProgType_17';
import { ProgType_18 } from './ProgType_18';
import { ProgType_20 } from './ProgType_20';
import { ProgType_21 } from './ProgType_21';
import { ProgType_22 } from './ProgType_22';

/** The learning delivery rules about funding models, programmes, aims, dates and hours (FundModel, ProgType, AimType, LearnStartDate, OrigLearnStartDate, LearnAimRef, PHours, OTJActHours, AddHours …), one file per rule ID. */
export const deliveryProgrammeRules: RuleDefinition[] = [
  AddHours_01,
  AddHours_02,
  AddHours_04,
  AddHours_05,
  AddHours_06,
  AimType_05,
  AimType_07,
  AimType_08,
  AimType_09,
  FundModel_03,
  FundModel_04,
  FundModel_05,
  FundModel_06,
  FundModel_07,
  FundModel_09,
  FundModel_10,
  FundModel_11,
  FundModel_14,
  FundModel_15,
  FundModel_16,
  FundModel_17,
  FundModel_18,
  FundModel_19,
  FundModel_20,
  FundModel_21,
  LearnAimRef_126,
  LearnAimRef_154,
  LearnAimRef_30,
  LearnAimRef_90,
  LearnStartDate_02,
  LearnStartDate_03,
  LearnStartDate_05,
  LearnStartDate_12,
  LearnStartDate_21,
  OTJActHours_01,
  OTJActHours_02,
  OTJActHours_03,
  OrigLearnStartDate_01,
  OrigLearnStartDate_02,
  OrigLearnStartDate_03,
  OrigLearnStartDate_04,
  OrigLearnStartDate_09,
  PHours_01,
  PHours_03,
  PHours_04,
  PHours_05,
  PHours_06,
  PHours_07,
  PHours_08,
  ProgType_01,
  ProgType_02,
  ProgType_03,
  ProgType_06,
  ProgType_15,
  ProgType_17,
  ProgType_18,
  ProgType_20,
  ProgType_21,
  ProgType_22,
];
