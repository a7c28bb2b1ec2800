import type { IlrRecord } from '../../../model/record';
import { officialMeta } from '../../catalogue/official-meta';
import type { LearnerRule } from '../../types';
import { NO_RECORDS, childCheck, date, famType, int, until2021 } from './financial-shared';

/**
 * LearnDelFAMDateTo_03 (error): on an aim of FundModel 35, 36, 38, 81 or 99 with a Learning actual end date, a FAM's
 * Date applies to must not be after it; ACT FAMs excluded (LearnDelFAMDateTo_05 checks them). ESFA's 2020-21 service
 * checks FundModel 35, 36, 81 and 99 (38 did not exist): the 2020-21 variant.
 */
function check(fundModels: readonly number[]): LearnerRule['check'] {
  return childCheck(
    (aim) => (fundModels.includes(int(aim, 'FundModel') ?? -1) && date(aim, 'LearnActEndDate') !== undefined ? aim.children['LearningDeliveryFAM'] ?? NO_RECORDS : NO_RECORDS),
    (f: IlrRecord, aim: IlrRecord) => {
      const to = date(f, 'LearnDelFAMDateTo');
      if (to === undefined || to <= date(aim, 'LearnActEndDate')! || famType(f) === 'ACT') return undefined;
      return { field: 'LearnDelFAMDateTo', related: [{ record: aim, field: 'LearnActEndDate' }] };
    },
  );
}

const FIELDS = ['FundModel', 'LearnActEndDate', 'LearnDelFAMDateTo', 'LearnDelFAMType'];

export const LearnDelFAMDateTo_03: LearnerRule = {
  ...officialMeta('LearnDelFAMDateTo_03', { entity: 'LearningDeliveryFAM', fields: FIELDS, group: 'fam-dates' }),
  scope: 'learner',
  check: check([35, 36, 38, 81, 99]),
  variants: [until2021(FIELDS, check([35, 36, 81, 99]), "ESFA's 2020-21 service checks FundModel 35, 36, 81 and 99.")],
};
