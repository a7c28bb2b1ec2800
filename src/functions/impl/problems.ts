/**
 * How the function implementations say something is wrong without knowing about Excel: a whole call that cannot be
 * answered throws ArgumentError (→ #VALUE! with the message); one row that cannot be read gets a RowProblem in its
 * place in the result (→ #VALUE! in that cell only, the other rows still answer). functions.ts turns both into
 * CustomFunctions.Error.
 */
export type ProblemCode = 'value' | 'na';

export class ArgumentError extends Error {
  constructor(
    message: string,
    readonly code: ProblemCode = 'value',
  ) {
    super(message);
    this.name = 'ArgumentError';
  }
}

export interface RowProblem {
  problem: string;
  code: ProblemCode;
}

export function rowProblem(problem: string, code: ProblemCode = 'value'): RowProblem {
  return { problem, code };
}

export function isRowProblem(v: unknown): v is RowProblem {
  return typeof v === 'object' && v !== null && 'problem' in v && 'code' in v;
}

/** One spilled cell: text, a number (dates as serials), or a problem. */
export type CellResult = string | number | RowProblem;

/** What a vectorised function returns: one row per input row, one column. */
export type ColumnResult = CellResult[][];
