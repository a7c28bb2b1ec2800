import { date, deliveries, kids, text } from '../../model/access';
import type { IlrRecord } from '../../model/record';
import { officialMeta } from '../catalogue/official-meta';
import type { LearnerRule, RuleContext } from '../types';
import { codeKey, fundModelOf, groupBy, type Held, isProgrammeAim, progType, reportDuplicates } from './cross-shared';

/** Reports the AppFinRecords repeated (AFinType, AFinCode, AFinDate) across the programme aims of one group. */
function reportRepeats(ctx: RuleContext, aims: readonly IlrRecord[]): void {
  const recs: Held[] = [];
  for (const aim of aims) for (const record of kids(aim, 'AppFinRecord')) recs.push({ record, aim });
  if (recs.length < 2) return;
  const key = (h: Held): string | undefined => {
    const t = text(h.record, 'AFinType')?.trim().toUpperCase();
    const c = codeKey(text(h.record, 'AFinCode'));
    const d = date(h.record, 'AFinDate');
    return t === undefined || c === undefined || d === undefined ? undefined : `${t}|${c}|${d}`;
  };
  reportDuplicates(ctx, groupBy(recs, key), 'AFinDate');
}

const FRAMEWORK_PROG_TYPES = [2, 3, 20, 21, 22, 23];

/**
 * R_68 (error): across the apprenticeship standard programme aims (FundModel 36, AimType 1, ProgType 25) of one standard
 * (StdCode), no two AppFinRecords may have the same AFinType, AFinCode and AFinDate. Every copy is reported at its
 * AFinDate, the others (with their aims) as `related`.
 * 2020-21 (ESFA's 2020-21 service, R68Rule): framework programme aims (ProgType 2, 3, 20–23) are checked too, grouped by
 * FworkCode; aims without the code are not grouped.
 */
export const R_68: LearnerRule = {
  ...officialMeta('R_68', { entity: 'AppFinRecord', fields: ['FundModel', 'AimType', 'ProgType', 'StdCode', 'AFinType', 'AFinCode', 'AFinDate'], group: 'duplicates' }),
  scope: 'learner',
  check(learner, ctx) {
    const aims = deliveries(learner).filter((a) => isProgrammeAim(a) && fundModelOf(a) === 36 && progType(a) === 25);
    for (const group of groupBy(aims, (a) => text(a, 'StdCode')?.trim()).values()) reportRepeats(ctx, group);
  },
  variants: [
    {
      years: { to: '2021' },
      fields: ['FundModel', 'AimType', 'ProgType', 'StdCode', 'FworkCode', 'AFinType', 'AFinCode', 'AFinDate'],
      check(learner, ctx) {
        const aims = deliveries(learner).filter((a) => isProgrammeAim(a) && fundModelOf(a) === 36 && [25, ...FRAMEWORK_PROG_TYPES].includes(progType(a) ?? -1));
        for (const group of groupBy(aims, (a) => text(a, 'StdCode')?.trim()).values()) reportRepeats(ctx, group);
        for (const group of groupBy(aims, (a) => text(a, 'FworkCode')?.trim()).values()) reportRepeats(ctx, group);
      },
      why: "ESFA's 2020-21 service checks framework programme aims too, grouped by FworkCode.",
    },
  ],
};
