import { text } from '../../model/access';
import { officialMeta } from '../catalogue/official-meta';
import { heRule, ssnValid } from './he-shared';

/**
 * SSN_02 (error): the Student support number (SSN), if returned, must pass HESA's checksum
 * (https://www.hesa.ac.uk/collection/c17051/a/ssn): 4 letters, 8 digits and the check letter (ssnValid in
 * he-shared.ts). Checked in upper case, as ESFA's 2020-21 service does. Same in 2020-21.
 */
export const SSN_02 = heRule(
  officialMeta('SSN_02', { entity: 'LearningDeliveryHE', fields: ['SSN'], group: 'he' }),
  ({ he }) => {
    const ssn = text(he, 'SSN');
    return ssn !== undefined && !ssnValid(ssn) ? 'SSN' : undefined;
  },
);
