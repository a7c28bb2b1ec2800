import { officialMeta } from '../../catalogue/official-meta';
import { hasDeliveryFam } from '../../derived/aims';
import { isApprenticeship } from '../../derived/programme';
import type { IlrRecord } from '../../../model/record';
import type { RuleContext } from '../../types';
import { aimRule, date, int, until2021 } from '../delivery-shared';
import { FAM_FIELDS, isRestart } from './programme-shared';

/**
 * FundModel_07 (error): an apprenticeship programme aim (DD07, AimType 1) started on or after 1 May 2017 that is not
 * FundModel 36. Excluded: non-funded apprenticeships (FundModel 99), restarts (RES), LDM 353 and 355.
 * 2020-21: ESFA's service also excluded LDM 354.
 */
const fires = (aim: IlrRecord, ctx: RuleContext, ldm: readonly string[]): boolean => {
  const start = date(aim, 'LearnStartDate');
  const fm = int(aim, 'FundModel');
  return (
    int(aim, 'AimType') === 1 &&
    isApprenticeship(aim, ctx.year) &&
    start !== undefined &&
    start >= '2017-05-01' &&
    fm !== undefined &&
    fm !== 36 &&
    fm !== 99 &&
    !isRestart(aim) &&
    !ldm.some((c) => hasDeliveryFam(aim, 'LDM', c))
  );
};

const FIELDS = ['FundModel', 'AimType', 'ProgType', 'LearnStartDate', ...FAM_FIELDS];

export const FundModel_07 = aimRule(
  officialMeta('FundModel_07', { entity: 'LearningDelivery', fields: FIELDS, group: 'programme' }),
  (aim, ctx) => (fires(aim, ctx, ['353', '355']) ? 'FundModel' : undefined),
);
FundModel_07.variants = [
  until2021(FIELDS, (aim, ctx) => (fires(aim, ctx, ['353', '354', '355']) ? 'FundModel' : undefined), "ESFA's 2020-21 service also excluded LDM 354."),
];
