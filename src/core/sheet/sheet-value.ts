import type { Location, Value } from '../model/record';
import { columnLetter } from './table';

/**
 * A value read from a worksheet cell. A large workbook gives millions of values, so none holds a location object or an
 * address string: only the sheet's name (one string shared by the sheet's values) and the cell's 1-based row and
 * column numbers. `loc` builds `{ sheet, cell }` with the A1 address when asked (for a message, a mark, a finding).
 */
export class SheetValue implements Value {
  readonly #sheet: string;
  readonly #row: number;
  readonly #column: number;

  constructor(
    public text: string,
    sheet: string,
    row: number,
    column: number,
  ) {
    this.#sheet = sheet;
    this.#row = row;
    this.#column = column;
  }

  get loc(): Location {
    return { sheet: this.#sheet, cell: `${columnLetter(this.#column)}${this.#row}` };
  }
}
