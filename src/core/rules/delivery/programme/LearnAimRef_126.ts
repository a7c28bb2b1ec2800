import { officialMeta } from '../../catalogue/official-meta';
import { aimRule } from '../delivery-shared';
import { EVENT_DATE_FIELDS, eventDateMismatch } from './event-aims';
import { refIn } from './programme-shared';

/**
 * LearnAimRef_126 (error): a Skills Bootcamp event aim (Z0059747, Z0059748, Z0059749) whose LearnStartDate,
 * LearnPlanEndDate and LearnActEndDate are not the same day. Reported at the date that differs from the start; an
 * actual end date not returned is not compared (decision: the text compares three returned dates).
 */
const EVENT_AIMS = ['Z0059747', 'Z0059748', 'Z0059749'];

export const LearnAimRef_126 = aimRule(
  officialMeta('LearnAimRef_126', { entity: 'LearningDelivery', fields: ['LearnAimRef', ...EVENT_DATE_FIELDS], group: 'programme', years: { from: '2122' } }),
  (aim) => (refIn(aim, EVENT_AIMS) ? eventDateMismatch(aim) : undefined),
);
