import { date, int } from '../../model/access';
import { hasDeliveryFam } from '../derived/aims';
import { officialMeta } from '../catalogue/official-meta';
import type { IlrRecord } from '../../model/record';
import type { LearnerRule, RuleContext } from '../types';
import { statusAtStartCheck } from './employment-at-start';
import { isApprenticeshipProgramme } from './employment-shared';

/**
 * EmpStat_15 (error): for an apprenticeship (DD07) programme aim (AimType 1) started on or after 1 August 2016, the
 * employment status in force on its start date must not be "not known" (EmpStat 98). No status in force: not this
 * rule's. Aims with LDM 353 or 355 excluded. Reported at the status's EmpStat, with the aim's start marked too.
 * 2020-21 (variant): ESFA's 2020-21 service has no LDM exclusion. Followed for 2020-21.
 */
const applies = (excludeLdm: boolean) => (aim: IlrRecord, ctx: RuleContext) => {
  const start = date(aim, 'LearnStartDate');
  if (start === undefined || start < '2016-08-01' || !isApprenticeshipProgramme(aim, ctx)) return false;
  return !excludeLdm || !(hasDeliveryFam(aim, 'LDM', '353') || hasDeliveryFam(aim, 'LDM', '355'));
};
const notKnown = (s: IlrRecord | undefined) => int(s, 'EmpStat') === 98;

export const EmpStat_15: LearnerRule = {
  ...officialMeta('EmpStat_15', {
    entity: 'LearnerEmploymentStatus',
    fields: ['AimType', 'ProgType', 'LearnStartDate', 'LearnDelFAMType', 'LearnDelFAMCode', 'DateEmpStatApp', 'EmpStat'],
    group: 'employment',
  }),
  scope: 'learner',
  check: statusAtStartCheck(applies(true), notKnown),
  variants: [
    {
      years: { to: '2021' },
      fields: ['AimType', 'ProgType', 'LearnStartDate', 'DateEmpStatApp', 'EmpStat'],
      check: statusAtStartCheck(applies(false), notKnown),
      why: "ESFA's 2020-21 service does not exclude aims with LDM 353 or 355.",
    },
  ],
};
