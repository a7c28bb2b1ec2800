import { officialMeta } from '../../catalogue/official-meta';
import { childRule, date } from './financial-shared';

/** LearnDelFAMDateTo_01 (error): a FAM's Date applies to, if returned, must be on or after its Date applies from (a date to before its date from is reported, with the date from). The same in ESFA's 2020-21 service. */
export const LearnDelFAMDateTo_01 = childRule(
  officialMeta('LearnDelFAMDateTo_01', { entity: 'LearningDeliveryFAM', fields: ['LearnDelFAMDateFrom', 'LearnDelFAMDateTo'], group: 'fam-dates' }),
  'LearningDeliveryFAM',
  (f, aim) => {
    const to = date(f, 'LearnDelFAMDateTo');
    const from = date(f, 'LearnDelFAMDateFrom');
    return to !== undefined && from !== undefined && to < from ? { field: 'LearnDelFAMDateTo', related: [{ record: f, field: 'LearnDelFAMDateFrom', aim }] } : undefined;
  },
);
