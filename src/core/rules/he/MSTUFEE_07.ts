import { officialMeta } from '../catalogue/official-meta';
import { code, heRule, known, startsFrom } from './he-shared';

/**
 * MSTUFEE_07 (warning): an aim started on or after 1 August 2025 whose Major source of tuition fees (MSTUFEE) is 3
 * (Student Awards Agency for Scotland) or 10 (Student Loans Company) should return the Student support number (SSN).
 * Reported at SSN. Decision: the DetailedDescription's prose says "LearnStartDate >= 2025-08-05" but its error
 * condition and the Description say 1 August 2025; 2025-08-01 is followed. Not in ESFA's 2020-21 service.
 */
export const MSTUFEE_07 = heRule(
  officialMeta('MSTUFEE_07', { entity: 'LearningDeliveryHE', fields: ['LearnStartDate', 'MSTUFEE', 'SSN'], group: 'he', years: { from: '2122' } }),
  ({ aim, he }) => {
    const fee = code(he, 'MSTUFEE');
    return startsFrom(aim, '2025-08-01') && (fee === 3 || fee === 10) && !known(he, 'SSN') ? 'SSN' : undefined;
  },
);
