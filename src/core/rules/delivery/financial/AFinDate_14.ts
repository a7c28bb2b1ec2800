import { officialMeta } from '../../catalogue/official-meta';
import { filePreparationDate } from '../../derived/message';
import { childRule, date, text } from './financial-shared';

/** AFinDate_14 (error): a payment record (PMR) must not be dated after the file preparation date. New since 2020-21. */
export const AFinDate_14 = {
  ...childRule(
    officialMeta('AFinDate_14', { entity: 'AppFinRecord', fields: ['AFinType', 'AFinDate'], group: 'financial' }),
    'AppFinRecord',
    (rec, _aim, _l, ctx) => {
      if (text(rec, 'AFinType')?.trim().toUpperCase() !== 'PMR') return undefined;
      const d = date(rec, 'AFinDate');
      return d !== undefined && d > filePreparationDate(ctx) ? 'AFinDate' : undefined;
    },
  ),
  years: { from: '2122' },
};
