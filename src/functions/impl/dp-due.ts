import { isoToSerial } from '../../core/cells/excel-date';
import { destinationDueDate, overdueDays } from '../../core/rules/advice/destination-due';
import { getFunctionAdviceSettings } from '../function-settings';
import { columnOf, readDate } from './cells';
import { asOfArg } from './options';
import { ArgumentError, rowProblem, type ColumnResult } from './problems';

/**
 * ILR.DPDUE(LearnActEndDate, [AsOf]): when a destination is due — the destination-due months of the task pane's
 * advice settings (default two) after learning ended. Returns the due date as an Excel serial number (format the
 * cells as dates: they sort, compare and filter as dates), or the text "overdue by N days" once the as-of date is past
 * it; "" when there is no end date (still in learning). The dates are the destination advice's own
 * (destinationDueDate/overdueDays, the same as ADV_DP_Overdue).
 */
export function dpDue(args: { learnActEndDate: unknown; asOf?: unknown }): ColumnResult {
  const ends = columnOf(args.learnActEndDate, 'LearnActEndDate');
  if (ends.length === 0) throw new ArgumentError('LearnActEndDate is missing');
  const asOf = asOfArg(args.asOf);
  return ends.map((v) => {
    const r = readDate(v, 'LearnActEndDate');
    if (!r.ok) return [rowProblem(r.problem, r.code)];
    if (r.text === '') return [''];
    const due = destinationDueDate(r.text, getFunctionAdviceSettings().destinationDueMonths);
    const late = overdueDays(due, asOf);
    if (late > 0) return [`overdue by ${late} day${late === 1 ? '' : 's'}`];
    return [isoToSerial(due)];
  });
}
