import { officialMeta } from '../catalogue/official-meta';
import type { LearnerRule } from '../types';
import { code, heCheck } from './he-shared';

/**
 * NETFEE_02 (warning): the Net tuition fee (NETFEE), if returned, should not be greater than £9535.
 * 2020-21 (variant): ESFA's 2020-21 service warns above £9000. Its message is not published; the variant's message is
 * ours, the 2025-26 wording with the 2020-21 amount.
 */
const above = (limit: number) => heCheck(({ he }) => ((code(he, 'NETFEE') ?? 0) > limit ? 'NETFEE' : undefined));

export const NETFEE_02: LearnerRule = {
  ...officialMeta('NETFEE_02', { entity: 'LearningDeliveryHE', fields: ['NETFEE'], group: 'he' }),
  scope: 'learner',
  check: above(9535),
  variants: [
    {
      years: { to: '2021' },
      check: above(9000),
      message: 'The Net tuition fee should not be greater than £9000',
      why: "ESFA's 2020-21 service warns when the Net tuition fee is greater than £9000.",
    },
  ],
};
