import { officialMeta } from '../../catalogue/official-meta';
import { aimRule, date, int, known } from '../delivery-shared';
import { FAM_FIELDS, isRestart } from './programme-shared';

/** OTJActHours_02 (error): a completed apprenticeship programme aim (FundModel 36, AimType 1, CompStatus 2) started on or after 1 August 2019 without OTJActHours; restarts (RES) excluded. */
export const OTJActHours_02 = aimRule(
  officialMeta('OTJActHours_02', {
    entity: 'LearningDelivery',
    fields: ['OTJActHours', 'LearnStartDate', 'FundModel', 'AimType', 'CompStatus', ...FAM_FIELDS],
    group: 'programme',
    years: { from: '2122' },
  }),
  (aim) => {
    const start = date(aim, 'LearnStartDate');
    return start !== undefined &&
      start >= '2019-08-01' &&
      int(aim, 'FundModel') === 36 &&
      int(aim, 'AimType') === 1 &&
      int(aim, 'CompStatus') === 2 &&
      !known(aim, 'OTJActHours') &&
      !isRestart(aim)
      ? 'OTJActHours'
      : undefined;
  },
);
