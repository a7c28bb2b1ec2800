import { officialMeta } from '../catalogue/official-meta';
import { ulnPassesChecksum } from '../derived/uln-check-digit';
import type { LearnerRule } from '../types';
import { reportUln, ulnOf } from './uln-shared';

/**
 * ULN_04 (error): the ULN must pass the checksum (DD01, see derived/uln-check-digit.ts) and be 10 digits long.
 * A missing ULN is FD_ULN_MA's to report, not this rule's.
 */
export const ULN_04: LearnerRule = {
  ...officialMeta('ULN_04', { entity: 'Learner', fields: ['ULN'], group: 'ULN' }),
  scope: 'learner',
  check(learner, ctx) {
    const uln = ulnOf(learner);
    if (uln === undefined) return;
    if (!ulnPassesChecksum(uln)) reportUln(ctx, learner);
  },
};
