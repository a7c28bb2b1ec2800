import { date } from '../../model/access';
import { officialMeta } from '../catalogue/official-meta';
import { hasDeliveryFam } from '../derived/aims';
import { validToRule } from './code-lookup';

/**
 * LearnDelFAMType_06 (error): the aim's LearnStartDate must not be after the "valid to" date of a LearningDeliveryFAM
 * type and code it returns. Not for restarts (an aim with RES): a restarted aim keeps the codes of its original start.
 * An unknown code is LearnDelFAMType_04's to report.
 */
export const LearnDelFAMType_06 = validToRule(
  officialMeta('LearnDelFAMType_06', { entity: 'LearningDeliveryFAM', fields: ['LearnDelFAMType', 'LearnDelFAMCode', 'LearnStartDate'], group: 'codes' }),
  { records: ['LearningDelivery', 'LearningDeliveryFAM'], field: 'LearnDelFAMCode', typeField: 'LearnDelFAMType' },
  (_learner, held) => (held.aim ? date(held.aim, 'LearnStartDate') : undefined),
  (held) => held.aim !== undefined && hasDeliveryFam(held.aim, 'RES', '1'),
);
