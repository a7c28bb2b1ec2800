import { date, kids, text } from '../../model/access';
import type { IlrRecord } from '../../model/record';
import { officialMeta } from '../catalogue/official-meta';
import type { LearnerRule } from '../types';
import { byDate, codeKey } from './cross-shared';

/** The EmploymentStatusMonitoring of a status as a set of "TYPE|code" (order and repeats ignored). */
function monitoringKey(status: IlrRecord): string {
  const keys = new Set<string>();
  for (const m of kids(status, 'EmploymentStatusMonitoring')) keys.add(`${text(m, 'ESMType')?.trim().toUpperCase() ?? ''}|${codeKey(text(m, 'ESMCode')) ?? ''}`);
  return [...keys].sort().join(',');
}

/**
 * R_97 (warning): a learner must not have consecutive LearnerEmploymentStatus records (by DateEmpStatApp) with the same
 * EmpStat, EmpId (two without one count as the same) and EmploymentStatusMonitoring types and codes: the later one
 * changes nothing. The later record is reported at its DateEmpStatApp, the earlier one as `related`. Two records on the
 * same date are R_43's, not a repeat (as ESFA's 2020-21 service).
 */
export const R_97: LearnerRule = {
  ...officialMeta('R_97', { entity: 'LearnerEmploymentStatus', fields: ['DateEmpStatApp', 'EmpStat', 'EmpId', 'ESMType', 'ESMCode'], group: 'cross-record' }),
  scope: 'learner',
  check(learner, ctx) {
    const statuses = kids(learner, 'LearnerEmploymentStatus').filter((s) => date(s, 'DateEmpStatApp') !== undefined);
    if (statuses.length < 2) return;
    const sorted = [...statuses].sort((a, b) => byDate(date(a, 'DateEmpStatApp'), date(b, 'DateEmpStatApp')));
    for (let i = 1; i < sorted.length; i++) {
      const prev = sorted[i - 1]!;
      const cur = sorted[i]!;
      if (date(prev, 'DateEmpStatApp') === date(cur, 'DateEmpStatApp')) continue;
      if (codeKey(text(prev, 'EmpStat')) !== codeKey(text(cur, 'EmpStat'))) continue;
      if ((text(prev, 'EmpId')?.trim() ?? '') !== (text(cur, 'EmpId')?.trim() ?? '')) continue;
      if (monitoringKey(prev) !== monitoringKey(cur)) continue;
      ctx.report(cur, 'DateEmpStatApp', { related: [{ record: prev, field: 'DateEmpStatApp' }] });
    }
  },
};
