import { date } from '../../model/access';
import { hasDeliveryFam } from '../derived/aims';
import { officialMeta } from '../catalogue/official-meta';
import type { IlrRecord } from '../../model/record';
import type { LearnerRule } from '../types';
import { notEmployed, statusAtStartCheck } from './employment-at-start';

/**
 * EmpStat_20 (error): an aim with LDM 363 (learner in receipt of low wages) needs the employment status in force on its
 * start date to be "in paid employment" (EmpStat 10); no status in force then fires too (as ESFA's service reads "<> 10").
 * Reported at the status's EmpStat (with the aim's start), or at the start when there is none.
 * 2020-21 (variant): ESFA's 2020-21 service reports only the learner's first such aim. Followed for 2020-21.
 */
const lowWages = (aim: IlrRecord) => date(aim, 'LearnStartDate') !== undefined && hasDeliveryFam(aim, 'LDM', '363');

export const EmpStat_20: LearnerRule = {
  ...officialMeta('EmpStat_20', {
    entity: 'LearnerEmploymentStatus',
    fields: ['LearnDelFAMType', 'LearnDelFAMCode', 'LearnStartDate', 'DateEmpStatApp', 'EmpStat'],
    group: 'employment',
  }),
  scope: 'learner',
  check: statusAtStartCheck(lowWages, notEmployed),
  variants: [
    {
      years: { to: '2021' },
      check: statusAtStartCheck(lowWages, notEmployed, true),
      why: "ESFA's 2020-21 service reports only the learner's first low-wage aim whose learner is not employed at its start.",
    },
  ],
};
