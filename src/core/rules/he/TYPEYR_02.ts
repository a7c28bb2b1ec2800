import { date } from '../../model/access';
import { officialMeta } from '../catalogue/official-meta';
import { academicYearOf, code, heRule, startsFrom } from './he-shared';

/**
 * TYPEYR_02 (error): for an aim started on or after 1 August 2009 that ended (LearnActEndDate) in the academic year
 * (1 August to 31 July) it started in, and whose Completion of year of instance (FUNDCOMP) is 1, the Type of instance
 * year (TYPEYR) must be 1. A TYPEYR not returned is FD_TYPEYR_MA's. Same in ESFA's 2020-21 service.
 */
export const TYPEYR_02 = heRule(
  officialMeta('TYPEYR_02', { entity: 'LearningDeliveryHE', fields: ['LearnStartDate', 'LearnActEndDate', 'FUNDCOMP', 'TYPEYR'], group: 'he' }),
  ({ aim, he }) => {
    const start = date(aim, 'LearnStartDate');
    const end = date(aim, 'LearnActEndDate');
    if (start === undefined || end === undefined || !startsFrom(aim, '2009-08-01') || academicYearOf(start) !== academicYearOf(end)) return undefined;
    const typeYr = code(he, 'TYPEYR');
    return code(he, 'FUNDCOMP') === 1 && typeYr !== undefined && typeYr !== 1 ? 'TYPEYR' : undefined;
  },
);
