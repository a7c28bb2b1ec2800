import { officialMeta } from '../catalogue/official-meta';
import { code, heRule, startsFrom } from './he-shared';

/**
 * MODESTUD_03 (error): for an aim started on or after 1 August 2009 whose Special fee indicator is 4 or 5 (final year
 * of a full-time course lasting less than 24 weeks), the Mode of study (MODESTUD) must be 3 (part-time). A MODESTUD
 * not returned is FD_MODESTUD_MA's. Same in ESFA's 2020-21 service.
 */
export const MODESTUD_03 = heRule(
  officialMeta('MODESTUD_03', { entity: 'LearningDeliveryHE', fields: ['LearnStartDate', 'SPECFEE', 'MODESTUD'], group: 'he' }),
  ({ aim, he }) => {
    const spec = code(he, 'SPECFEE');
    const mode = code(he, 'MODESTUD');
    return startsFrom(aim, '2009-08-01') && (spec === 4 || spec === 5) && mode !== undefined && mode !== 3 ? 'MODESTUD' : undefined;
  },
);
