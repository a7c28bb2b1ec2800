import { date, deliveries, int, kids, text } from '../../model/access';
import type { IlrRecord } from '../../model/record';
import { officialMeta } from '../catalogue/official-meta';
import type { LearnerRule } from '../types';
import { isOpen, isProgrammeAim, progType } from './cross-shared';

const standardProgramme = (a: IlrRecord): boolean => isProgrammeAim(a) && progType(a) === 25;

/**
 * R_142 (error): where a learner has an open apprenticeship standard programme aim (AimType 1, ProgType 25, no
 * LearnActEndDate) started on or after 1 August 2022, a total negotiated price record (AFinType TNP) on a closed standard
 * programme aim the learner withdrew from (CompStatus 3) or broke from (CompStatus 6) must not be dated on or after the
 * open aim's LearnStartDate. Each such record is reported at its AFinDate, the open aim's LearnStartDate as `related`.
 * New in 2021-22 (not in ESFA's 2020-21 service).
 */
export const R_142: LearnerRule = {
  ...officialMeta('R_142', { entity: 'AppFinRecord', fields: ['AimType', 'ProgType', 'LearnStartDate', 'LearnActEndDate', 'CompStatus', 'AFinType', 'AFinDate'], group: 'cross-record', years: { from: '2122' } }),
  scope: 'learner',
  check(learner, ctx) {
    const aims = deliveries(learner);
    const open = aims.filter((a) => standardProgramme(a) && isOpen(a) && (date(a, 'LearnStartDate') ?? '') >= '2022-08-01');
    if (open.length === 0) return;
    const closed = aims.filter((a) => standardProgramme(a) && [3, 6].includes(int(a, 'CompStatus') ?? -1));
    for (const c of closed) {
      for (const r of kids(c, 'AppFinRecord')) {
        if (text(r, 'AFinType')?.trim().toUpperCase() !== 'TNP') continue;
        const on = date(r, 'AFinDate');
        if (on === undefined) continue;
        const o = open.find((a) => a !== c && on >= date(a, 'LearnStartDate')!);
        if (o) ctx.report(r, 'AFinDate', { aim: c, related: [{ record: o, field: 'LearnStartDate' }] });
      }
    }
  },
};
