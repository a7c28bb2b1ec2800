import { readTables } from '../src/core/sheet/read-tables';
import { messageToTables } from '../src/core/sheet/write-tables';
import type { CellValue, SheetTable } from '../src/core/sheet/table';
import { line, mb } from './timing';

/**
 * Reading a workbook's worth of tables: n learners (synthetic: "Test Learner" names, made-up ULNs) and 1.5 × n aims,
 * with the cell types a real workbook has (Excel serial dates, JS Dates, numbers, numbers stored as text, text
 * dates, FAM shorthands), read into the model with every value's address.
 */
export function syntheticTables(n: number): SheetTable[] {
  const ret: SheetTable = {
    sheet: 'Return', headerRow: 1, firstColumn: 1, headers: ['Field', 'Value'],
    rows: [['UKPRN', 10000001], ['Year', '2526'], ['SerialNo', '01'], ['SoftwareSupplier', 'Bench'], ['SoftwarePackage', 'Bench'], ['Release', '1'], ['FilePreparationDate', 45930]],
  };
  const learnerRows: CellValue[][] = [];
  const aimRows: CellValue[][] = [];
  for (let i = 0; i < n; i++) {
    const lrn = `B${String(i).padStart(8, '0')}`;
    learnerRows.push([lrn, 1000000000 + i, 'Learner', 'Test', 36000 + (i % 3000), i % 2 ? 31 : '32', i % 2 ? 'F' : 'M', 2, 'ZZ99 9ZZ', i % 3 === 0 ? 57 : null]);
    const aims = i % 2 === 0 ? 2 : 1;
    for (let a = 1; a <= aims; a++) {
      const ended = i % 5 === 0;
      aimRows.push([
        lrn, a, '60146394', 4, new Date(Date.UTC(2025, 8, 1)), '30/06/2026', 35, ended ? 3 : 1,
        ended ? 45950 : null, ended ? (i % 10 === 0 ? 97 : 2) : null, ended ? 3 : null, 105, a === 1 ? '034;347' : null,
      ]);
    }
  }
  return [
    ret,
    { sheet: 'Learner', headerRow: 1, firstColumn: 1, headers: ['LearnRefNumber', 'ULN', 'FamilyName', 'GivenNames', 'DateOfBirth', 'Ethnicity', 'Sex', 'LLDDHealthProb', 'Postcode', 'LSR'], rows: learnerRows },
    {
      sheet: 'LearningDelivery', headerRow: 1, firstColumn: 1,
      headers: ['LearnRefNumber', 'AimSeqNumber', 'LearnAimRef', 'AimType', 'LearnStartDate', 'LearnPlanEndDate', 'FundModel', 'CompStatus', 'LearnActEndDate', 'WithdrawReason', 'Outcome', 'SOF', 'LDM'],
      rows: aimRows,
    },
  ];
}

/** Times readTables on 100,000 learners and 150,000 aims (and messageToTables back). */
export async function benchSheetRead(n = 100_000): Promise<void> {
  let t = performance.now();
  const tables = syntheticTables(n);
  const cells = tables.reduce((s, x) => s + x.rows.length * x.headers.length, 0);
  line(`build tables: ${n} learners, ${tables[2]!.rows.length} aims`, `${(performance.now() - t).toFixed(0)} ms, ${cells} cells`);

  t = performance.now();
  const res = readTables(tables, { year: '2526' });
  const learners = res.message.root.children['Learner']!.length;
  line('readTables (coerce, address every value, join)', `${(performance.now() - t).toFixed(0)} ms, ${learners} learners, ${res.problems.length} problems`);
  if (learners !== n || res.problems.length) throw new Error(`sheet bench: expected ${n} learners and no problems`);

  t = performance.now();
  const back = messageToTables(res.message);
  line('messageToTables (model → sheets)', `${(performance.now() - t).toFixed(0)} ms, ${back.reduce((s, x) => s + x.rows.length, 0)} rows`);
  line('heap used after', mb(process.memoryUsage().heapUsed));
}
