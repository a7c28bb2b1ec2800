import { deliveries } from '../../model/access';
import { officialMeta } from '../catalogue/official-meta';
import type { LearnerRule } from '../types';
import { aimKey, fundModelOf, isComponentAim, isOpen, isProgrammeAim } from './cross-shared';

const FIELDS_2526 = ['ProgType', 'StdCode'];
const FIELDS_2021 = ['ProgType', 'FworkCode', 'PwayCode', 'StdCode'];

function r56(fields: readonly string[]): LearnerRule['check'] {
  return (learner, ctx) => {
    const aims = deliveries(learner);
    const programmes = aims.filter((a) => isProgrammeAim(a) && isOpen(a) && fundModelOf(a) === 99);
    if (programmes.length === 0) return;
    const byKey = new Map(programmes.map((p) => [aimKey(p, fields), p]));
    for (const c of aims) {
      if (!isComponentAim(c)) continue;
      const fm = fundModelOf(c);
      if (fm === undefined || fm === 99) continue;
      const p = byKey.get(aimKey(c, fields));
      if (p) ctx.report(c, 'FundModel', { related: [{ record: p, field: 'FundModel' }] });
    }
  };
}

/**
 * R_56 (error): an open non-funded programme aim (AimType 1, FundModel 99, no LearnActEndDate) must not have a funded
 * component aim (AimType 3, FundModel not 99) of the same programme (ProgType and StdCode). Each such component is
 * reported at its FundModel, the programme aim's FundModel as `related`.
 * 2020-21 (ESFA's 2020-21 service, R56Rule): the programme is matched on ProgType, FworkCode, PwayCode and StdCode.
 */
export const R_56: LearnerRule = {
  ...officialMeta('R_56', { entity: 'LearningDelivery', fields: ['AimType', 'FundModel', 'LearnActEndDate', 'ProgType', 'StdCode'], group: 'cross-record' }),
  scope: 'learner',
  check: r56(FIELDS_2526),
  variants: [
    {
      years: { to: '2021' },
      fields: ['AimType', 'FundModel', 'LearnActEndDate', 'ProgType', 'FworkCode', 'PwayCode', 'StdCode'],
      check: r56(FIELDS_2021),
      why: "ESFA's 2020-21 service matches frameworks too (ProgType, FworkCode, PwayCode, StdCode).",
    },
  ],
};
