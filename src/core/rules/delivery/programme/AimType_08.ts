import { officialMeta } from '../../catalogue/official-meta';
import { listForYear, ruleInList } from '../../catalogue/official-list';
import { aimRule, int } from '../delivery-shared';
import { refStarts } from './programme-shared';

/**
 * AimType_08 (error): a T Level Foundation Year class code (LearnAimRef ZTPR…) that is not the core aim (AimType 5).
 * The 2025-26 text is word for word AimType_09's, so an aim that breaks one breaks both (both are official).
 * The rule runs only in a year whose official list says it needs nothing beyond the file: ESFA's 2020-21 AimType_08
 * was another check (a LARS LearnAimRefType 1468 aim of a T Level not recorded as the core aim), which needs LARS and
 * is not run for 2020-21 (listed in rule-years.test.ts).
 */
export const AimType_08 = aimRule(
  officialMeta('AimType_08', {
    entity: 'LearningDelivery',
    fields: ['LearnAimRef', 'AimType'],
    group: 'programme',
    appliesTo: (year) => ruleInList(listForYear(year.code).list, 'AimType_08')?.needs === 'self',
  }),
  (aim) => (refStarts(aim, 'ZTPR') && int(aim, 'AimType') !== 5 ? 'AimType' : undefined),
);
