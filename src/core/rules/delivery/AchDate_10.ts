import { addMonths } from '../../model/dates';
import { officialMeta } from '../catalogue/official-meta';
import { aimRule, date, isTraineeshipProgramme } from './delivery-shared';

/**
 * AchDate_10 (error; 2020-21 and before): for traineeship programme aims (AimType 1, ProgType 24) the Achievement date
 * must not be more than six months after the Learning actual end date (exactly six calendar months is allowed; the
 * month is added as ESFA adds it, the 31st becoming the month's last day). As ESFA's 2020-21 service (AchDate_10Rule);
 * the rule is not in the 2025-26 list (traineeships have ended). The 2020-21 service took its messages and severities
 * from a database that is not published: the message below is ours, written in the official style from the rule's
 * logic, and the severity is error, as for AchDate_13 (the same check for Skills Bootcamps).
 */
export const AchDate_10 = aimRule(
  officialMeta('AchDate_10', {
    entity: 'LearningDelivery',
    fields: ['AchDate', 'LearnActEndDate', 'AimType', 'ProgType'],
    group: 'completion',
    years: { to: '2021' },
    severity: 'error',
    message: "The Achievement date can't be later than six months after the Learning actual end date for traineeship programmes",
    note:
      "For traineeship programme aims (LearningDelivery.AimType = 1 and LearningDelivery.ProgType = 24), the Achievement date can't be later than six months after the Learning actual end date (error where LearningDelivery.AchDate > LearningDelivery.LearnActEndDate + 6 months). Source: ESFA's 2020-21 validation service (AchDate_10Rule); message and severity are ILR Workbench's (the 2020-21 wording is not published).",
  }),
  (aim) => {
    const ach = date(aim, 'AchDate');
    const end = date(aim, 'LearnActEndDate');
    if (ach === undefined || end === undefined || !isTraineeshipProgramme(aim)) return undefined;
    return ach > addMonths(end, 6) ? 'AchDate' : undefined;
  },
);
