import { officialMeta } from '../catalogue/official-meta';
import { ofsFunded } from '../learner/ULN_10';
import { heRule, known } from './he-shared';

/**
 * ELQ_01 (error): an OfS-funded aim (FundModel 99 and SOF 1) must return the Equivalent or lower qualification (ELQ).
 * Decision: the rule looks at the aim's LearningDeliveryHE record, as ESFA's 2020-21 service does; an OfS-funded aim
 * with no HE record at all is LearningDeliveryHE_02's to report. Same in 2020-21.
 */
export const ELQ_01 = heRule(
  officialMeta('ELQ_01', { entity: 'LearningDeliveryHE', fields: ['ELQ', 'FundModel', 'LearnDelFAMType', 'LearnDelFAMCode'], group: 'he' }),
  ({ aim, he }) => (ofsFunded(aim) && !known(he, 'ELQ') ? 'ELQ' : undefined),
);
