import { date } from '../../model/access';
import { hasDeliveryFam } from '../derived/aims';
import { officialMeta } from '../catalogue/official-meta';
import type { IlrRecord } from '../../model/record';
import type { LearnerRule, RuleContext } from '../types';
import { notEmployed, statusAtStartCheck } from './employment-at-start';
import { isApprenticeshipProgramme } from './employment-shared';

/**
 * EmpStat_12 (warning): for an apprenticeship (DD07) programme aim (AimType 1), the employment status in force on its
 * start date should be "in paid employment" (EmpStat 10); as ESFA's service reads it, no status in force then is not
 * employed either. Aims with LDM 353 or 355 excluded. Reported at the status's EmpStat (with the aim's start), or at the
 * start when there is none.
 * 2020-21 (variant): ESFA's 2020-21 service also excludes LDM 354 and reports only the learner's first such aim.
 * Followed for 2020-21.
 */
const applies = (codes: readonly string[]) => (aim: IlrRecord, ctx: RuleContext) =>
  date(aim, 'LearnStartDate') !== undefined && isApprenticeshipProgramme(aim, ctx) && !codes.some((c) => hasDeliveryFam(aim, 'LDM', c));

export const EmpStat_12: LearnerRule = {
  ...officialMeta('EmpStat_12', {
    entity: 'LearnerEmploymentStatus',
    fields: ['AimType', 'ProgType', 'LearnStartDate', 'LearnDelFAMType', 'LearnDelFAMCode', 'DateEmpStatApp', 'EmpStat'],
    group: 'employment',
  }),
  scope: 'learner',
  check: statusAtStartCheck(applies(['353', '355']), notEmployed),
  variants: [
    {
      years: { to: '2021' },
      check: statusAtStartCheck(applies(['353', '354', '355']), notEmployed, true),
      why: "ESFA's 2020-21 service also excludes LDM 354 and reports only the learner's first apprenticeship programme aim not employed at its start.",
    },
  ],
};
