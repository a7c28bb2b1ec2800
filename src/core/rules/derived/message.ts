import { header } from '../../model/access';
import type { IlrYear } from '../../years/year';
import type { RuleContext } from '../types';
import { messageDerived } from './define';

/**
 * The "file preparation date" of the rules: the header's FilePreparationDate when it is a date, else the check's as-of
 * date (for a workbook, whose file is prepared when it is exported).
 */
export const FILE_PREPARATION_DATE = messageDerived('file preparation date', (msg, ctx) => {
  const d = header(msg).filePreparationDate;
  return d !== undefined && /^\d{4}-\d{2}-\d{2}$/.test(d) ? d : ctx.asOf;
});

/** The file preparation date of the message being checked (see FILE_PREPARATION_DATE). */
export function filePreparationDate(ctx: RuleContext): string {
  return ctx.get(FILE_PREPARATION_DATE);
}

/** 1 January of the teaching year (the year's start is 1 August, so 1 January falls in its second calendar year). */
export function januaryFirst(year: IlrYear): string {
  return `${year.end.slice(0, 4)}-01-01`;
}
