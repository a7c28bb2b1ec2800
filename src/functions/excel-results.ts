/// <reference types="custom-functions-runtime" />
import { ukDatesInText } from '../core/cells/uk-dates';
import { ArgumentError, isRowProblem, type CellResult, type ColumnResult, type RowProblem } from './impl/problems';

/**
 * Turning the implementations' answers into what Excel shows: a RowProblem or an ArgumentError becomes a
 * CustomFunctions.Error (#VALUE! or #N/A, with the message in the cell's error indicator). Any other failure is caught
 * and shown as #VALUE! naming the function — a formula never crashes the add-in and never shows a false "OK".
 */

// This is where the functions' text meets people: ISO dates in messages are shown as dd/mm/yyyy (core/cells/uk-dates.ts);
// numbers (DPDUE's date serials) are left to the cell's format.

export type ExcelError = CustomFunctions.Error;

function makeError(p: RowProblem): ExcelError {
  const code = p.code === 'na' ? CustomFunctions.ErrorCode.notAvailable : CustomFunctions.ErrorCode.invalidValue;
  return new CustomFunctions.Error(code, ukDatesInText(p.problem));
}

function cell(v: CellResult): string | number | ExcelError {
  if (isRowProblem(v)) return makeError(v);
  return typeof v === 'string' ? ukDatesInText(v) : v;
}

export function columnToExcel(result: ColumnResult): (string | number | ExcelError)[][] {
  return result.map((row) => row.map(cell));
}

/** Runs an implementation; a problem with the arguments or an unexpected failure is thrown as an Excel error. */
export function answer<T>(fn: () => T, name: string): T {
  try {
    const v = fn();
    return (typeof v === 'string' ? ukDatesInText(v) : v) as T;
  } catch (e) {
    if (e instanceof ArgumentError) throw makeError({ problem: e.message, code: e.code });
    if (e instanceof CustomFunctions.Error) throw e;
    throw makeError({ problem: `ILR.${name} could not finish: ${e instanceof Error ? e.message : String(e)}`, code: 'value' });
  }
}
