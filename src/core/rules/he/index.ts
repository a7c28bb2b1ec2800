import type { RuleDefinition } from '../types';
import { ELQ_01 } from './ELQ_01';
import { FD_UCASSCHEMECODE_AL } from './FD_UCASSCHEMECODE_AL';
import { ELQ_02 } from './ELQ_02';
import { FINTYPE_01 } from './FINTYPE_01';
import { FINTYPE_02 } from './FINTYPE_02';
import { FUNDLEV_01 } from './FUNDLEV_01';
import { GROSSFEE_01 } from './GROSSFEE_01';
import { GROSSFEE_02 } from './GROSSFEE_02';
import { GROSSFEE_03 } from './GROSSFEE_03';
import { HEPostCode_02 } from './HEPostCode_02';
import { LearnerHE_02 } from './LearnerHE_02';
import { LearningDeliveryHE_02 } from './LearningDeliveryHE_02';
import { LearningDeliveryHE_10 } from './LearningDeliveryHE_10';
import { MODESTUD_01 } from './MODESTUD_01';
import { MODESTUD_03 } from './MODESTUD_03';
import { MSTUFEE_01 } from './MSTUFEE_01';
import { MSTUFEE_02 } from './MSTUFEE_02';
import { MSTUFEE_03 } from './MSTUFEE_03';
import { MSTUFEE_04 } from './MSTUFEE_04';
import { MSTUFEE_05 } from './MSTUFEE_05';
import { MSTUFEE_06 } from './MSTUFEE_06';
import { MSTUFEE_07 } from './MSTUFEE_07';
import { NETFEE_01 } from './NETFEE_01';
import { NETFEE_02 } from './NETFEE_02';
import { PCOLAB_01 } from './PCOLAB_01';
import { PERMADDCOUNTRY_01 } from './PERMADDCOUNTRY_01';
import { QUALENT3_01 } from './QUALENT3_01';
import { QUALENT3_02 } from './QUALENT3_02';
import { QUALENT3_03 } from './QUALENT3_03';
import { SEC_01 } from './SEC_01';
import { SEC_02 } from './SEC_02';
import { SOC_02 } from './SOC_02';
import { SPECFEE_01 } from './SPECFEE_01';
import { SPECFEE_02 } from './SPECFEE_02';
import { SSN_02 } from './SSN_02';
import { SSN_03 } from './SSN_03';
import { STULOAD_04 } from './STULOAD_04';
import { TTACCOM_01 } from './TTACCOM_01';
import { TTACCOM_02 } from './TTACCOM_02';
import { TTACCOM_04 } from './TTACCOM_04';
import { TYPEYR_01 } from './TYPEYR_01';
import { TYPEYR_02 } from './TYPEYR_02';
import { UCASSCHEMECODE_01 } from './UCASSCHEMECODE_01';
import { UCASSCHEMECODE_02 } from './UCASSCHEMECODE_02';

/**
 * The HE rules (LearnerHE, LearningDeliveryHE), one file per rule ID: the "valid lookup" rules on the HE code lists
 * (group `codes`) and the conditions between HE fields (group `he`). Not implemented: PERMADDCOUNTRY_02 and SOC_04,
 * which check codes against lists the product does not ship (Appendix D countries; SOC 2010 occupations).
 */
export const heRules: RuleDefinition[] = [
  FD_UCASSCHEMECODE_AL,
  ELQ_01,
  ELQ_02,
  FINTYPE_01,
  FINTYPE_02,
  FUNDLEV_01,
  GROSSFEE_01,
  GROSSFEE_02,
  GROSSFEE_03,
  HEPostCode_02,
  LearnerHE_02,
  LearningDeliveryHE_02,
  LearningDeliveryHE_10,
  MODESTUD_01,
  MODESTUD_03,
  MSTUFEE_01,
  MSTUFEE_02,
  MSTUFEE_03,
  MSTUFEE_04,
  MSTUFEE_05,
  MSTUFEE_06,
  MSTUFEE_07,
  NETFEE_01,
  NETFEE_02,
  PCOLAB_01,
  PERMADDCOUNTRY_01,
  QUALENT3_01,
  QUALENT3_02,
  QUALENT3_03,
  SEC_01,
  SEC_02,
  SOC_02,
  SPECFEE_01,
  SPECFEE_02,
  SSN_02,
  SSN_03,
  STULOAD_04,
  TTACCOM_01,
  TTACCOM_02,
  TTACCOM_04,
  TYPEYR_01,
  TYPEYR_02,
  UCASSCHEMECODE_01,
  UCASSCHEMECODE_02,
];
