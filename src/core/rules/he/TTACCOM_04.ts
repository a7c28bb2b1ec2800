import { deliveries } from '../../model/access';
import { officialMeta } from '../catalogue/official-meta';
import { earliestStart } from '../derived/earliest-start';
import type { LearnerRule } from '../types';
import { code, heOf, known, learnerHeOf } from './he-shared';

/**
 * TTACCOM_04 (error): when the learner's earliest learning start date (DD06) is on or after 1 August 2013, a learner
 * with an aim whose Mode of study (MODESTUD) is 1 (full-time or sandwich) must return the Term time accommodation
 * (LearnerHE.TTACCOM). Reported at TTACCOM (the LearnerHE record, or the learner when there is none) once per such
 * aim, as ESFA's 2020-21 service does, with the aim's MODESTUD as related. Same in 2020-21.
 */
export const TTACCOM_04: LearnerRule = {
  ...officialMeta('TTACCOM_04', { entity: 'LearnerHE', fields: ['TTACCOM', 'MODESTUD', 'LearnStartDate'], group: 'he' }),
  scope: 'learner',
  check(learner, ctx) {
    const lhe = learnerHeOf(learner);
    if (known(lhe, 'TTACCOM')) return;
    const fullTime = deliveries(learner).filter((aim) => code(heOf(aim), 'MODESTUD') === 1);
    if (fullTime.length === 0) return;
    const dd06 = earliestStart(learner, ctx);
    if (dd06 === undefined || dd06 < '2013-08-01') return;
    for (const aim of fullTime) {
      ctx.report(lhe ?? learner, 'TTACCOM', { aim, entity: 'LearnerHE', related: [{ record: heOf(aim)!, field: 'MODESTUD', aim }] });
    }
  },
};
