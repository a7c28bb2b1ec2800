import { cellToIso } from '../../core/cells/excel-date';
import { todayIso } from '../../core/model/dates';
import { UnknownYearError, years } from '../../core/years/registry';
import type { IlrYear } from '../../core/years/year';
import { getFunctionAsOf, getFunctionYear } from '../function-settings';
import { cellError, cellText, scalarOf } from './cells';
import { ArgumentError } from './problems';

/** The optional trailing arguments every checking function shares: the year, the as-of date, the output form. */

/** The year: the formula's Year argument, else the task pane's year, else the newest bundled year. */
export function yearArg(arg: unknown): IlrYear {
  const v = scalarOf(arg, 'Year');
  const err = cellError(v);
  if (err) throw new ArgumentError(`Year is ${err}`);
  const code = v === undefined ? (getFunctionYear() ?? years.defaultCode()) : cellText(v).trim();
  try {
    return years.get(code);
  } catch (e) {
    if (e instanceof UnknownYearError) {
      throw new ArgumentError(`Year "${code}" is not a known ILR collection year (known: ${years.describeKnown()})`);
    }
    throw e;
  }
}

/** The as-of date (ISO): the formula's AsOf argument, else the task pane's, else today in the UK. */
export function asOfArg(arg: unknown): string {
  const v = scalarOf(arg, 'AsOf');
  if (v === undefined) return getFunctionAsOf() ?? todayIso();
  const err = cellError(v);
  if (err) throw new ArgumentError(`AsOf is ${err}`);
  const d = cellToIso(v);
  if (!d.ok) throw new ArgumentError(`AsOf: ${d.problem.startsWith('is ') ? `${cellText(v)} ${d.problem}` : d.problem}`);
  return d.iso;
}

export type OutputForm = 'messages' | 'ids';

/** The optional last argument: "ids" for rule IDs only; omitted (or "messages") for IDs with messages. */
export function outputArg(arg: unknown): OutputForm {
  const v = scalarOf(arg, 'Output');
  if (v === undefined) return 'messages';
  const s = cellText(v).trim().toLowerCase();
  if (s === 'ids' || s === 'id') return 'ids';
  if (s === 'messages' || s === 'message' || s === 'full') return 'messages';
  throw new ArgumentError(`The last argument must be "ids" (rule IDs only) or left out, not "${cellText(v)}"`);
}
