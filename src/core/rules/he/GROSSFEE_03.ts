import { officialMeta } from '../catalogue/official-meta';
import type { LearnerRule } from '../types';
import { code, heCheck } from './he-shared';

/**
 * GROSSFEE_03 (warning): the Gross tuition fee (GROSSFEE), if returned, should not be greater than £9535.
 * 2020-21 (variant): ESFA's 2020-21 service warns above £30000. Its message is not published; the variant's message
 * is ours, the 2025-26 wording with the 2020-21 amount.
 */
const above = (limit: number) => heCheck(({ he }) => ((code(he, 'GROSSFEE') ?? 0) > limit ? 'GROSSFEE' : undefined));

export const GROSSFEE_03: LearnerRule = {
  ...officialMeta('GROSSFEE_03', { entity: 'LearningDeliveryHE', fields: ['GROSSFEE'], group: 'he' }),
  scope: 'learner',
  check: above(9535),
  variants: [
    {
      years: { to: '2021' },
      check: above(30000),
      message: 'The Gross tuition fee must not be greater than £30000',
      why: "ESFA's 2020-21 service warns when the Gross tuition fee is greater than £30000.",
    },
  ],
};
