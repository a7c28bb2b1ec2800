import { text } from '../../model/access';
import { officialMeta } from '../catalogue/official-meta';
import type { LearnerRule } from '../types';
import { heRule } from './he-shared';

/**
 * FD_UCASSCHEMECODE_AL (error): the UCAS scheme code, if returned, must be at most 9 characters ("UCASSCHEMECODE <>
 * null and number of characters > 9"). The XSD gives the field a pattern, not a length (two letters and two digits,
 * or nine digits; checked by FD_UCASSCHEMECODE_AP), so this official length rule cannot be derived from it like the
 * other FD rules: written here as the official text says. A year whose XSD has no UCASSCHEMECODE does not run it.
 */
export const FD_UCASSCHEMECODE_AL: LearnerRule = {
  ...heRule(
    officialMeta('FD_UCASSCHEMECODE_AL', { entity: 'LearningDeliveryHE', fields: ['UCASSCHEMECODE'], group: 'he', years: { from: '2122' } }),
    ({ he }) => {
      const code = text(he, 'UCASSCHEMECODE');
      return code !== undefined && [...code].length > 9 ? 'UCASSCHEMECODE' : undefined;
    },
  ),
  appliesTo: (year) => year.schema.byPath.has('Message/Learner/LearningDelivery/LearningDeliveryHE/UCASSCHEMECODE'),
};
