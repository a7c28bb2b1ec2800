import { kids, text } from '../../../model/access';
import { officialMeta } from '../../catalogue/official-meta';
import type { LearnerRule } from '../../types';

/**
 * ProvSpecLearnMonOccur_01 (error): a returned ProvSpecLearnMonOccur must be A or B. Compared in any case, as ESFA's
 * 2020-21 service does ("a" is accepted). Same in every year.
 */
export const ProvSpecLearnMonOccur_01: LearnerRule = {
  ...officialMeta('ProvSpecLearnMonOccur_01', { entity: 'ProviderSpecLearnerMonitoring', fields: ['ProvSpecLearnMonOccur'], group: 'learner-fields' }),
  scope: 'learner',
  check(learner, ctx) {
    for (const m of kids(learner, 'ProviderSpecLearnerMonitoring')) {
      const occ = text(m, 'ProvSpecLearnMonOccur');
      if (occ !== undefined && !['A', 'B'].includes(occ.trim().toUpperCase())) ctx.report(m, 'ProvSpecLearnMonOccur');
    }
  },
};
