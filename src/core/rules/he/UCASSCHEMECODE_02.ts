import { text } from '../../model/access';
import { officialMeta } from '../catalogue/official-meta';
import { heRule, startsFrom } from './he-shared';

/**
 * UCASSCHEMECODE_02 (error): for an aim started on or after 1 August 2025, the UCAS scheme code (UCASSCHEMECODE), if
 * returned, must be two letters followed by two digits (the XSD still allows the old 9-digit application number).
 * (The text names LearningDelivery.UCASSCHEMECODE; the field is in LearningDeliveryHE.) Letters in either case, as the
 * XSD's pattern has them. New in 2025-26.
 */
const SCHEME = /^[A-Za-z]{2}[0-9]{2}$/;

export const UCASSCHEMECODE_02 = heRule(
  officialMeta('UCASSCHEMECODE_02', { entity: 'LearningDeliveryHE', fields: ['LearnStartDate', 'UCASSCHEMECODE'], group: 'he', years: { from: '2122' } }),
  ({ aim, he }) => {
    const v = text(he, 'UCASSCHEMECODE');
    return v !== undefined && startsFrom(aim, '2025-08-01') && !SCHEME.test(v.trim()) ? 'UCASSCHEMECODE' : undefined;
  },
);
