import type { RuleDefinition } from '../types';
import { DateEmpStatApp_01 } from './DateEmpStatApp_01';
import { DateEmpStatApp_02 } from './DateEmpStatApp_02';
import { ESMType_02 } from './ESMType_02';
import { ESMType_05 } from './ESMType_05';
import { ESMType_07 } from './ESMType_07';
import { ESMType_08 } from './ESMType_08';
import { ESMType_09 } from './ESMType_09';
import { ESMType_10 } from './ESMType_10';
import { ESMType_12 } from './ESMType_12';
import { ESMType_15 } from './ESMType_15';
import { ESMType_16 } from './ESMType_16';
import { ESMType_17 } from './ESMType_17';
import { ESMType_18 } from './ESMType_18';
import { ESMType_19 } from './ESMType_19';
import { ESMType_20 } from './ESMType_20';
import { EmpId_02 } from './EmpId_02';
import { EmpId_10 } from './EmpId_10';
import { EmpId_14 } from './EmpId_14';
import { EmpStat_01 } from './EmpStat_01';
import { EmpStat_02 } from './EmpStat_02';
import { EmpStat_08 } from './EmpStat_08';
import { EmpStat_09 } from './EmpStat_09';
import { EmpStat_11 } from './EmpStat_11';
import { EmpStat_12 } from './EmpStat_12';
import { EmpStat_15 } from './EmpStat_15';
import { EmpStat_20 } from './EmpStat_20';
import { EmpStat_21 } from './EmpStat_21';
import { EmpStat_22 } from './EmpStat_22';

/** The employment status rules (EmpStat, ESMType, EmpId, DateEmpStatApp), one file per rule ID. */
export const employmentRules: RuleDefinition[] = [
  DateEmpStatApp_01,
  DateEmpStatApp_02,
  ESMType_02,
  ESMType_05,
  ESMType_07,
  ESMType_08,
  ESMType_09,
  ESMType_10,
  ESMType_12,
  ESMType_15,
  ESMType_16,
  ESMType_17,
  ESMType_18,
  ESMType_19,
  ESMType_20,
  EmpId_02,
  EmpId_10,
  EmpId_14,
  EmpStat_01,
  EmpStat_02,
  EmpStat_08,
  EmpStat_09,
  EmpStat_11,
  EmpStat_12,
  EmpStat_15,
  EmpStat_20,
  EmpStat_21,
  EmpStat_22,
];
