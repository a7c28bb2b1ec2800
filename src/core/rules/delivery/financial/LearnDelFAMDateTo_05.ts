import { officialMeta } from '../../catalogue/official-meta';
import { NO_RECORDS, childRule, date, famType, int } from './financial-shared';

/** LearnDelFAMDateTo_05 (error): on a FundModel 36 aim with an Achievement date, an ACT FAM's Date applies to must not be after it. The same in ESFA's 2020-21 service. */
export const LearnDelFAMDateTo_05 = childRule(
  officialMeta('LearnDelFAMDateTo_05', { entity: 'LearningDeliveryFAM', fields: ['FundModel', 'AchDate', 'LearnDelFAMType', 'LearnDelFAMDateTo'], group: 'fam-dates' }),
  (aim) => (int(aim, 'FundModel') === 36 && date(aim, 'AchDate') !== undefined ? aim.children['LearningDeliveryFAM'] ?? NO_RECORDS : NO_RECORDS),
  (f, aim) => {
    const to = date(f, 'LearnDelFAMDateTo');
    return famType(f) === 'ACT' && to !== undefined && to > date(aim, 'AchDate')! ? { field: 'LearnDelFAMDateTo', related: [{ record: aim, field: 'AchDate' }] } : undefined;
  },
);
