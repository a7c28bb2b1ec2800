import { officialMeta } from '../../catalogue/official-meta';
import { aimRule, int, known } from './financial-shared';

/** OutGrade_04 (error): no Outcome grade when the Outcome is 8 (not yet known) or not returned. The same in ESFA's 2020-21 service. */
export const OutGrade_04 = aimRule(
  officialMeta('OutGrade_04', { entity: 'LearningDelivery', fields: ['OutGrade', 'Outcome'], group: 'delivery-fields' }),
  (aim) => {
    if (!known(aim, 'OutGrade')) return undefined;
    const outcome = int(aim, 'Outcome');
    return outcome === undefined || outcome === 8 ? 'OutGrade' : undefined;
  },
);
