import type { RuleDefinition } from '../../types';
import { AFinDate_03 } from './AFinDate_03';
import { AFinDate_04 } from './AFinDate_04';
import { AFinDate_05 } from './AFinDate_05';
import { AFinDate_06 } from './AFinDate_06';
import { AFinDate_07 } from './AFinDate_07';
import { AFinDate_08 } from './AFinDate_08';
import { AFinDate_09 } from './AFinDate_09';
import { AFinDate_12 } from './AFinDate_12';
import { AFinDate_13 } from './AFinDate_13';
import { AFinDate_14 } from './AFinDate_14';
import { AFinType_01 } from './AFinType_01';
import { AFinType_04 } from './AFinType_04';
import { AFinType_07 } from './AFinType_07';
import { AFinType_08 } from './AFinType_08';
import { AFinType_10 } from './AFinType_10';
import { AFinType_11 } from './AFinType_11';
import { AFinType_12 } from './AFinType_12';
import { AFinType_13 } from './AFinType_13';
import { AFinType_14 } from './AFinType_14';
import { ConRefNumber_03 } from './ConRefNumber_03';
import { DelLocPostCode_11 } from './DelLocPostCode_11';
import { EPAOrgID_02 } from './EPAOrgID_02';
import { EPAOrgID_03 } from './EPAOrgID_03';
import { LSDPostcode_03 } from './LSDPostcode_03';
import { LearnDelFAMDateFrom_01 } from './LearnDelFAMDateFrom_01';
import { LearnDelFAMDateFrom_02 } from './LearnDelFAMDateFrom_02';
import { LearnDelFAMDateFrom_03 } from './LearnDelFAMDateFrom_03';
import { LearnDelFAMDateFrom_04 } from './LearnDelFAMDateFrom_04';
import { LearnDelFAMDateFrom_05 } from './LearnDelFAMDateFrom_05';
import { LearnDelFAMDateFrom_06 } from './LearnDelFAMDateFrom_06';
import { LearnDelFAMDateFrom_07 } from './LearnDelFAMDateFrom_07';
import { LearnDelFAMDateTo_01 } from './LearnDelFAMDateTo_01';
import { LearnDelFAMDateTo_02 } from './LearnDelFAMDateTo_02';
import { LearnDelFAMDateTo_03 } from './LearnDelFAMDateTo_03';
import { LearnDelFAMDateTo_04 } from './LearnDelFAMDateTo_04';
import { LearnDelFAMDateTo_05 } from './LearnDelFAMDateTo_05';
import { OtherFundAdj_01 } from './OtherFundAdj_01';
import { OutGrade_01 } from './OutGrade_01';
import { OutGrade_04 } from './OutGrade_04';
import { OutGrade_05 } from './OutGrade_05';
import { OutGrade_06 } from './OutGrade_06';
import { PartnerUKPRN_02 } from './PartnerUKPRN_02';
import { PartnerUKPRN_03 } from './PartnerUKPRN_03';
import { PriorLearnFundAdj_01 } from './PriorLearnFundAdj_01';
import { ProvSpecDelMonOccur_01 } from './ProvSpecDelMonOccur_01';
import { SWSupAimId_01 } from './SWSupAimId_01';
import { StdCode_01 } from './StdCode_01';
import { StdCode_03 } from './StdCode_03';
import { Tlout_01 } from './Tlout_01';
import { Tlout_02 } from './Tlout_02';
import { WorkPlaceEmpId_02 } from './WorkPlaceEmpId_02';
import { WorkPlaceEndDate_01 } from './WorkPlaceEndDate_01';
import { WorkPlaceEndDate_02 } from './WorkPlaceEndDate_02';
import { WorkPlaceStartDate_01 } from './WorkPlaceStartDate_01';
import { WorkPlaceStartDate_02 } from './WorkPlaceStartDate_02';
import { WorkPlaceStartDate_03 } from './WorkPlaceStartDate_03';
import { WorkPlaceStartDate_04 } from './WorkPlaceStartDate_04';
import { WorkPlacement_01 } from './WorkPlacement_01';

/** The learning delivery rules about apprenticeship financial records, work placements, outcomes and identifiers (AFinType, AFinDate, WorkPlace*, OutGrade, EPAOrgID, StdCode, PartnerUKPRN, ConRefNumber …), one file per rule ID. */
export const deliveryFinancialRules: RuleDefinition[] = [
  AFinDate_03,
  AFinDate_04,
  AFinDate_05,
  AFinDate_06,
  AFinDate_07,
  AFinDate_08,
  AFinDate_09,
  AFinDate_12,
  AFinDate_13,
  AFinDate_14,
  AFinType_01,
  AFinType_04,
  AFinType_07,
  AFinType_08,
  AFinType_10,
  AFinType_11,
  AFinType_12,
  AFinType_13,
  AFinType_14,
  ConRefNumber_03,
  DelLocPostCode_11,
  EPAOrgID_02,
  EPAOrgID_03,
  LSDPostcode_03,
  LearnDelFAMDateFrom_01,
  LearnDelFAMDateFrom_02,
  LearnDelFAMDateFrom_03,
  LearnDelFAMDateFrom_04,
  LearnDelFAMDateFrom_05,
  LearnDelFAMDateFrom_06,
  LearnDelFAMDateFrom_07,
  LearnDelFAMDateTo_01,
  LearnDelFAMDateTo_02,
  LearnDelFAMDateTo_03,
  LearnDelFAMDateTo_04,
  LearnDelFAMDateTo_05,
  OtherFundAdj_01,
  OutGrade_01,
  OutGrade_04,
  OutGrade_05,
  OutGrade_06,
  PartnerUKPRN_02,
  PartnerUKPRN_03,
  PriorLearnFundAdj_01,
  ProvSpecDelMonOccur_01,
  SWSupAimId_01,
  StdCode_01,
  StdCode_03,
  Tlout_01,
  Tlout_02,
  WorkPlaceEmpId_02,
  WorkPlaceEndDate_01,
  WorkPlaceEndDate_02,
  WorkPlaceStartDate_01,
  WorkPlaceStartDate_02,
  WorkPlaceStartDate_03,
  WorkPlaceStartDate_04,
  WorkPlacement_01,
];
