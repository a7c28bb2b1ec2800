import type { RuleDefinition } from '../types';
import { ELQ_02 } from './ELQ_02';
import { FINTYPE_01 } from './FINTYPE_01';
import { FUNDLEV_01 } from './FUNDLEV_01';
import { MODESTUD_01 } from './MODESTUD_01';
import { MSTUFEE_01 } from './MSTUFEE_01';
import { MSTUFEE_02 } from './MSTUFEE_02';
import { QUALENT3_02 } from './QUALENT3_02';
import { QUALENT3_03 } from './QUALENT3_03';
import { SEC_01 } from './SEC_01';
import { SPECFEE_01 } from './SPECFEE_01';
import { TTACCOM_01 } from './TTACCOM_01';
import { TTACCOM_02 } from './TTACCOM_02';
import { TYPEYR_01 } from './TYPEYR_01';

/**
 * The HE rules (LearnerHE, LearningDeliveryHE), one file per rule ID: the "valid lookup" rules on the HE code lists
 * (group `codes`) and the conditions between HE fields (group `he`). Not implemented: PERMADDCOUNTRY_02 and SOC_04,
 * which check codes against lists the product does not ship (Appendix D countries; SOC 2010 occupations).
 */
export const heRules: RuleDefinition[] = [
  ELQ_02,
  FINTYPE_01,
  FUNDLEV_01,
  MODESTUD_01,
  MSTUFEE_01,
  MSTUFEE_02,
  QUALENT3_02,
  QUALENT3_03,
  SEC_01,
  SPECFEE_01,
  TTACCOM_01,
  TTACCOM_02,
  TYPEYR_01,
];
