import { deliveries, int, kids } from '../../../model/access';
import type { IlrRecord } from '../../../model/record';
import { officialMeta } from '../../catalogue/official-meta';
import type { LearnerRule, RuleContext } from '../../types';

/**
 * PriorAttain_04 (error): a learner whose prior attainment is level 4 or above (a PriorAttain record with PriorLevel 7,
 * 8, 9 or 10) must not be on an adult skills funded (FundModel 35) intermediate, advanced or higher level 4
 * apprenticeship (ProgType 2, 3 or 20). Reported at each such aim's ProgType, with the prior attainment record.
 * (The framework programme types were closed for new starts; the rule still holds for aims that carry them.)
 * 2020-21 (variant): the learner's own PriorAttain field, level 4 or above in the 2020-21 numbering (4, 5, 10, 11, 12,
 * 13), and ESFA's 2020-21 service checks ProgType 2 and 3 only.
 */
function checkRecords(learner: IlrRecord, ctx: RuleContext): void {
  const high = kids(learner, 'PriorAttain').find((p) => [7, 8, 9, 10].includes(int(p, 'PriorLevel') ?? -1));
  if (!high) return;
  for (const aim of deliveries(learner)) {
    if (int(aim, 'FundModel') === 35 && [2, 3, 20].includes(int(aim, 'ProgType') ?? -1)) ctx.report(aim, 'ProgType', { related: [{ record: high, field: 'PriorLevel' }] });
  }
}

function check2021(learner: IlrRecord, ctx: RuleContext): void {
  if (![4, 5, 10, 11, 12, 13].includes(int(learner, 'PriorAttain') ?? -1)) return;
  for (const aim of deliveries(learner)) {
    if (int(aim, 'FundModel') === 35 && [2, 3].includes(int(aim, 'ProgType') ?? -1)) ctx.report(aim, 'ProgType', { related: [{ record: learner, field: 'PriorAttain' }] });
  }
}

export const PriorAttain_04: LearnerRule = {
  ...officialMeta('PriorAttain_04', { entity: 'LearningDelivery', fields: ['PriorLevel', 'FundModel', 'ProgType'], group: 'learner-fields' }),
  scope: 'learner',
  check: checkRecords,
  variants: [
    {
      years: { to: '2021' },
      fields: ['PriorAttain', 'FundModel', 'ProgType'],
      check: check2021,
      why: "the learner's own PriorAttain field (2020-21 codes 4, 5, 10–13 for level 4 or above); ESFA's 2020-21 service checks ProgType 2 and 3.",
    },
  ],
};
