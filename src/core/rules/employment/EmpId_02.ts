import { text } from '../../model/access';
import { employerIdPassesChecksum } from '../derived/employer-check-digit';
import { officialMeta } from '../catalogue/official-meta';
import type { LearnerRule } from '../types';
import { statusCheck } from './employment-shared';

/**
 * EmpId_02 (error): a returned employer identifier must pass the check-sum (DD05: its 9th digit is its check digit).
 * Contradiction decided (ILR-FACTS): the DetailedDescription repeats EmpId_01's EDS lookup ("the default number or a
 * valid lookup on edrs_lookup"), which needs employer reference data; the Description, the rule's place after EmpId_01
 * and ESFA's 2020-21 service make it the check-sum rule. The DD's "default number", the temporary employer ID
 * 999999999 (whose check digit would be 0), is exempt, as in ESFA's service. Same in 2020-21.
 */
const TEMPORARY = '999999999';

export const EmpId_02: LearnerRule = {
  ...officialMeta('EmpId_02', { entity: 'LearnerEmploymentStatus', fields: ['EmpId'], group: 'employment' }),
  scope: 'learner',
  check: statusCheck((s) => {
    const id = text(s, 'EmpId')?.trim();
    if (id === undefined || id === TEMPORARY) return undefined;
    return employerIdPassesChecksum(id) ? undefined : 'EmpId';
  }),
};
