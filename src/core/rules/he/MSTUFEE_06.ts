import { date } from '../../model/access';
import { officialMeta } from '../catalogue/official-meta';
import { code, heRule, known } from './he-shared';

/**
 * MSTUFEE_06 (warning): an aim started from 1 August 2021 to 31 July 2025 (both included) whose Major source of tuition
 * fees (MSTUFEE) is 2, 3, 4, 52, 53 or 54 (an award of a student support body, alone or mixed with the learner's own
 * money) should return the Student support number (SSN). Reported at SSN. Not in ESFA's 2020-21 service.
 */
const CODES = [2, 3, 4, 52, 53, 54];

export const MSTUFEE_06 = heRule(
  officialMeta('MSTUFEE_06', { entity: 'LearningDeliveryHE', fields: ['LearnStartDate', 'MSTUFEE', 'SSN'], group: 'he', years: { from: '2122' } }),
  ({ aim, he }) => {
    const start = date(aim, 'LearnStartDate');
    if (start === undefined || start < '2021-08-01' || start > '2025-07-31') return undefined;
    return CODES.includes(code(he, 'MSTUFEE') ?? -1) && !known(he, 'SSN') ? 'SSN' : undefined;
  },
);
