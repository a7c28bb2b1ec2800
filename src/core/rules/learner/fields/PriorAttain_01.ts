import { deliveries, int, kids, text } from '../../../model/access';
import type { IlrRecord } from '../../../model/record';
import { hasDeliveryFam } from '../../derived/aims';
import { officialMeta } from '../../catalogue/official-meta';
import type { LearnerRule, RuleContext } from '../../types';

/**
 * PriorAttain_01 (error): the prior attainment must be returned (a PriorAttain record with its PriorLevel), unless the
 * learner's aims are all community learning (FundModel 10), non-funded (99), 16-19 funded (25 or 82) or Tailored
 * Learning (11): the learner is checked when one of its aims is none of these. Reported on the learner, with that aim.
 * 2020-21 (variant): the learner's own PriorAttain field (PriorAttain became a repeating record from 2021-22); ESFA's
 * 2020-21 service excludes FundModel 10, 25 and 82, and FundModel 99 only with SOF 108.
 */
const EXCLUDED = [10, 99, 25, 82, 11];

function checkRecords(learner: IlrRecord, ctx: RuleContext): void {
  if (kids(learner, 'PriorAttain').some((p) => text(p, 'PriorLevel') !== undefined)) return;
  const aim = deliveries(learner).find((a) => !EXCLUDED.includes(int(a, 'FundModel') ?? -1));
  if (aim) ctx.report(learner, undefined, { entity: 'PriorAttain', aim });
}

function check2021(learner: IlrRecord, ctx: RuleContext): void {
  if (text(learner, 'PriorAttain') !== undefined) return;
  const aim = deliveries(learner).find((a) => {
    const fm = int(a, 'FundModel') ?? -1;
    return ![10, 25, 82].includes(fm) && !(fm === 99 && hasDeliveryFam(a, 'SOF', '108'));
  });
  if (aim) ctx.report(learner, 'PriorAttain', { aim });
}

export const PriorAttain_01: LearnerRule = {
  ...officialMeta('PriorAttain_01', { entity: 'PriorAttain', fields: ['PriorLevel', 'FundModel'], group: 'learner-fields' }),
  scope: 'learner',
  check: checkRecords,
  variants: [
    {
      years: { to: '2021' },
      fields: ['PriorAttain', 'FundModel', 'LearnDelFAMType', 'LearnDelFAMCode'],
      check: check2021,
      why: "the learner's own PriorAttain field (a repeating PriorAttain record from 2021-22); ESFA's 2020-21 service excludes FundModel 10, 25, 82, and 99 only with SOF 108.",
    },
  ],
};
