import { deliveries, int, kids, text } from '../../model/access';
import type { IlrRecord } from '../../model/record';
import { sameCode } from '../derived/aims';
import { employmentAtStart } from '../derived/employment';
import { officialMeta } from '../catalogue/official-meta';
import type { LearnerRule, RuleContext } from '../types';
import { monitoringsOfType, monitoringsWith, statuses } from './employment-shared';

/**
 * ESMType_17 (error): an aim with LDM 375 (sector-based work academy pre-employment training) needs the learner on JSA,
 * Universal Credit or ESA: a BSI monitoring with code 1, 4 or 5 ("ESMCode <> 1, 4, 5 or not returned"). The text does
 * not say which status; read as the status in force on the aim's start date (the benefit the training is for). No
 * status at the start, or one without BSI 1/4/5, fires. Reported at the LDM 375 FAM, with the status's BSI monitorings
 * (or the status) marked too.
 * 2020-21 (variant): ESFA's 2020-21 service fires, once per learner, when some aim has LDM 375 and any status of the
 * learner has a BSI monitoring with another code; a learner with no BSI at all passes. Followed for 2020-21.
 */
const BENEFITS = [1, 4, 5];

function ldm375(aim: IlrRecord): IlrRecord | undefined {
  return kids(aim, 'LearningDeliveryFAM').find((f) => text(f, 'LearnDelFAMType')?.trim().toUpperCase() === 'LDM' && sameCode(text(f, 'LearnDelFAMCode'), '375'));
}

function check(learner: IlrRecord, ctx: RuleContext): void {
  for (const aim of deliveries(learner)) {
    const fam = ldm375(aim);
    if (!fam) continue;
    const s = employmentAtStart(learner, aim, ctx);
    if (s && monitoringsWith(s, 'BSI', BENEFITS).length > 0) continue;
    const bsi = s ? monitoringsOfType(s, 'BSI') : [];
    const related = bsi.length > 0 ? bsi.map((m) => ({ record: m, field: 'ESMCode' })) : s ? [{ record: s, field: 'EmpStat' }] : [];
    ctx.report(fam, 'LearnDelFAMCode', { aim, related });
  }
}

function check2021(learner: IlrRecord, ctx: RuleContext): void {
  let fam: IlrRecord | undefined;
  let aimOf: IlrRecord | undefined;
  for (const aim of deliveries(learner)) {
    fam = ldm375(aim);
    if (fam) {
      aimOf = aim;
      break;
    }
  }
  if (!fam || !aimOf) return;
  for (const s of statuses(learner)) {
    for (const m of monitoringsOfType(s, 'BSI')) {
      const c = int(m, 'ESMCode');
      if (c === undefined || !BENEFITS.includes(c)) {
        ctx.report(fam, 'LearnDelFAMCode', { aim: aimOf, related: [{ record: m, field: 'ESMCode' }] });
        return;
      }
    }
  }
}

export const ESMType_17: LearnerRule = {
  ...officialMeta('ESMType_17', {
    entity: 'LearningDeliveryFAM',
    fields: ['LearnDelFAMType', 'LearnDelFAMCode', 'LearnStartDate', 'DateEmpStatApp', 'ESMType', 'ESMCode'],
    group: 'employment',
  }),
  scope: 'learner',
  check,
  variants: [
    {
      years: { to: '2021' },
      check: check2021,
      why: "ESFA's 2020-21 service fires once per learner when an aim has LDM 375 and any status has a BSI monitoring other than 1, 4 or 5; no BSI at all passes. The 2025-26 text also fires when BSI is not returned; read on the status at the aim's start.",
    },
  ],
};
