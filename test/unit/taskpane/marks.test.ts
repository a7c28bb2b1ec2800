import { marksFor } from '../../../src/taskpane/app/check-workbook';
import { findingsByRow, rowLocation } from '../../../src/functions/impl/row-model';
import type { Finding } from '../../../src/core/rules/types';

const duplicate: Finding = {
  rule: 'R_06',
  severity: 'error',
  message: 'There must not be more than one Learner record with the same Learner reference number',
  entity: 'Learner',
  field: 'LearnRefNumber',
  location: { sheet: 'Learner', cell: 'A3' },
  related: [{ entity: 'Learner', field: 'LearnRefNumber', location: { sheet: 'Learner', cell: 'A7' } }],
};

describe('a cross-record finding marks every cell it involves', () => {
  it('Highlight marks the related cells too, saying which cell the finding is at', () => {
    expect(marksFor([duplicate])).toEqual([
      { sheet: 'Learner', cell: 'A3', text: `R_06: ${duplicate.message}` },
      { sheet: 'Learner', cell: 'A7', text: `R_06: ${duplicate.message} (with Learner!A3)` },
    ]);
  });

  it('one mark per cell: texts of several findings on a cell are joined', () => {
    const other: Finding = { ...duplicate, rule: 'ULN_04', message: 'checksum', location: { sheet: 'Learner', cell: 'A7' }, related: [] };
    const marks = marksFor([duplicate, other]);
    expect(marks).toHaveLength(2);
    expect(marks[1]!.text).toBe(`R_06: ${duplicate.message} (with Learner!A3)\nULN_04: checksum`);
  });

  it('a cell function shows it on every row involved', () => {
    const f: Finding = { ...duplicate, location: rowLocation(1), related: [{ entity: 'Learner', location: rowLocation(4) }] };
    const rows = findingsByRow([f], 6, new Map(), [0, 1, 2, 3, 4, 5]);
    expect([0, 1, 2, 3, 4, 5].map((r) => rows.of(r).length)).toEqual([0, 1, 0, 0, 1, 0]);
  });
});
