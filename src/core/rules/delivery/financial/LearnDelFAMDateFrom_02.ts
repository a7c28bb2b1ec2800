import type { IlrRecord } from '../../../model/record';
import { officialMeta } from '../../catalogue/official-meta';
import type { LearnerRule } from '../../types';
import { NO_RECORDS, childCheck, date, int, until2021 } from './financial-shared';

/**
 * LearnDelFAMDateFrom_02 (error): on an aim of FundModel 35, 36, 38, 81 or 99, a FAM's Date applies from, if returned,
 * must be on or after the aim's Learning start date. Decision: the 2025-26 error clause compares the date from with the
 * FAM's date to (a copying slip: LearnDelFAMDateTo_01 checks that); the sentence — "on or after the Learning start
 * date" — is followed, as ESFA's 2020-21 service does. That service checks FundModel 35, 36, 81 and 99 (38 did not
 * exist): the 2020-21 variant.
 */
function check(fundModels: readonly number[]): LearnerRule['check'] {
  return childCheck(
    (aim) => (fundModels.includes(int(aim, 'FundModel') ?? -1) && date(aim, 'LearnStartDate') !== undefined ? aim.children['LearningDeliveryFAM'] ?? NO_RECORDS : NO_RECORDS),
    (f: IlrRecord, aim: IlrRecord) => {
      const from = date(f, 'LearnDelFAMDateFrom');
      return from !== undefined && from < date(aim, 'LearnStartDate')! ? { field: 'LearnDelFAMDateFrom', related: [{ record: aim, field: 'LearnStartDate' }] } : undefined;
    },
  );
}

const FIELDS = ['FundModel', 'LearnStartDate', 'LearnDelFAMDateFrom'];

export const LearnDelFAMDateFrom_02: LearnerRule = {
  ...officialMeta('LearnDelFAMDateFrom_02', { entity: 'LearningDeliveryFAM', fields: FIELDS, group: 'fam-dates' }),
  scope: 'learner',
  check: check([35, 36, 38, 81, 99]),
  variants: [until2021(FIELDS, check([35, 36, 81, 99]), "ESFA's 2020-21 service checks FundModel 35, 36, 81 and 99.")],
};
