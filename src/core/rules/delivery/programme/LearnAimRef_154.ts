import { officialMeta } from '../../catalogue/official-meta';
import { aimRule, date, int } from '../delivery-shared';
import { EVENT_DATE_FIELDS, eventDateMismatch } from './event-aims';
import { refIn } from './programme-shared';

/**
 * LearnAimRef_154 (error): an HGV Skills Bootcamp event aim (Z0060439, Z0009541, Z0060440–Z0060443) of a Skills
 * Bootcamp (ProgType 32) started on or after 1 August 2024 whose LearnStartDate, LearnPlanEndDate and LearnActEndDate
 * are not the same day. Reported at the date that differs; an actual end not returned is not compared (as LearnAimRef_126).
 */
const HGV_EVENT_AIMS = ['Z0060439', 'Z0009541', 'Z0060440', 'Z0060441', 'Z0060442', 'Z0060443'];

export const LearnAimRef_154 = aimRule(
  officialMeta('LearnAimRef_154', { entity: 'LearningDelivery', fields: ['LearnAimRef', 'ProgType', ...EVENT_DATE_FIELDS], group: 'programme', years: { from: '2122' } }),
  (aim) => {
    const start = date(aim, 'LearnStartDate');
    return start !== undefined && start >= '2024-08-01' && int(aim, 'ProgType') === 32 && refIn(aim, HGV_EVENT_AIMS) ? eventDateMismatch(aim) : undefined;
  },
);
