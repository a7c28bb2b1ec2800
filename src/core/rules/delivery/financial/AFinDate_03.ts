import { officialMeta } from '../../catalogue/official-meta';
import { filePreparationDate } from '../../derived/message';
import { childRule, date } from './financial-shared';

/** AFinDate_03 (error): a financial record's date must not be after the file preparation date (the same in ESFA's 2020-21 service). */
export const AFinDate_03 = childRule(
  officialMeta('AFinDate_03', { entity: 'AppFinRecord', fields: ['AFinDate'], group: 'financial' }),
  'AppFinRecord',
  (rec, _aim, _l, ctx) => {
    const d = date(rec, 'AFinDate');
    return d !== undefined && d > filePreparationDate(ctx) ? 'AFinDate' : undefined;
  },
);
