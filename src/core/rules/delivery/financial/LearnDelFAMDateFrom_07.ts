import type { LearnerRule } from '../../types';
import { officialMeta } from '../../catalogue/official-meta';
import { NO_RECORDS, childRule, date, famType, int } from './financial-shared';

/**
 * LearnDelFAMDateFrom_07 (error): an Event indicator (EVI) FAM must apply from within its programme aim's dates (on or
 * after the Learning start date and, when there is one, on or before the Learning actual end date). Decision: "the
 * learning start date and … actual end date of the programme aim (AimType = 1)" are read as the dates of the
 * programme aim that carries the EVI (EVI is returned on the programme aim only, per the 2025-26 FAM guidance); an
 * EVI on another aim is LearnDelFAMType_13x's to report. New since 2020-21.
 */
export const LearnDelFAMDateFrom_07: LearnerRule = {
  ...childRule(
    officialMeta('LearnDelFAMDateFrom_07', { entity: 'LearningDeliveryFAM', fields: ['AimType', 'LearnStartDate', 'LearnActEndDate', 'LearnDelFAMType', 'LearnDelFAMDateFrom'], group: 'fam-dates' }),
    (aim) => (int(aim, 'AimType') === 1 ? aim.children['LearningDeliveryFAM'] ?? NO_RECORDS : NO_RECORDS),
    (f, aim) => {
      if (famType(f) !== 'EVI') return undefined;
      const from = date(f, 'LearnDelFAMDateFrom');
      if (from === undefined) return undefined;
      const start = date(aim, 'LearnStartDate');
      if (start !== undefined && from < start) return { field: 'LearnDelFAMDateFrom', related: [{ record: aim, field: 'LearnStartDate' }] };
      const end = date(aim, 'LearnActEndDate');
      if (end !== undefined && from > end) return { field: 'LearnDelFAMDateFrom', related: [{ record: aim, field: 'LearnActEndDate' }] };
      return undefined;
    },
  ),
  years: { from: '2122' },
};
