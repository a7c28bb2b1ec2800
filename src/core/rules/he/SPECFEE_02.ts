import { officialMeta } from '../catalogue/official-meta';
import { code, heRule, startsFrom } from './he-shared';

/**
 * SPECFEE_02 (error): for an aim started on or after 1 August 2009 whose Mode of study (MODESTUD) is 2 (sandwich year
 * out), the Special fee indicator (SPECFEE) must be 1 (sandwich placement). A SPECFEE not returned is FD_SPECFEE_MA's.
 * Same in ESFA's 2020-21 service.
 */
export const SPECFEE_02 = heRule(
  officialMeta('SPECFEE_02', { entity: 'LearningDeliveryHE', fields: ['LearnStartDate', 'MODESTUD', 'SPECFEE'], group: 'he' }),
  ({ aim, he }) => {
    const spec = code(he, 'SPECFEE');
    return startsFrom(aim, '2009-08-01') && code(he, 'MODESTUD') === 2 && spec !== undefined && spec !== 1 ? 'SPECFEE' : undefined;
  },
);
