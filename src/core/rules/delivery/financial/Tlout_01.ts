import { officialMeta } from '../../catalogue/official-meta';
import { aimRule, int, known } from './financial-shared';

/**
 * Tlout_01 (error): a completed or withdrawn (CompStatus 2 or 3) Tailored Learning aim (FundModel 11) must have a
 * Tailored learning outcome (the TLOut field, new in 2024-25). Not in ESFA's 2020-21 service.
 */
export const Tlout_01 = {
  ...aimRule(officialMeta('Tlout_01', { entity: 'LearningDelivery', fields: ['FundModel', 'CompStatus', 'TLOut'], group: 'delivery-fields' }), (aim) => {
    const status = int(aim, 'CompStatus');
    return int(aim, 'FundModel') === 11 && (status === 2 || status === 3) && !known(aim, 'TLOut') ? 'TLOut' : undefined;
  }),
  years: { from: '2122' },
};
