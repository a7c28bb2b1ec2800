import { officialMeta } from '../../catalogue/official-meta';
import { aimRule, int } from '../delivery-shared';
import { aimRef } from './programme-shared';

/**
 * LearnAimRef_30 (error): ZPROG001 is valid only on programme aims (AimType 1), and "any other combination of these two
 * values is invalid": ZPROG001 on another aim type, or a programme aim with another reference, as ESFA's 2020-21
 * service checked both ways.
 */
export const LearnAimRef_30 = aimRule(
  officialMeta('LearnAimRef_30', { entity: 'LearningDelivery', fields: ['LearnAimRef', 'AimType'], group: 'programme' }),
  (aim) => {
    const ref = aimRef(aim);
    const type = int(aim, 'AimType');
    if (ref === undefined || type === undefined) return undefined;
    return (ref === 'ZPROG001') !== (type === 1) ? 'LearnAimRef' : undefined;
  },
);
