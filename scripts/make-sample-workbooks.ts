// Builds the bundled sample workbooks in assets/sample/ from synthetic learners (invented names, made-up ULNs with
// valid check digits except where a problem is planted, test UKPRN 10000001). Run:
//   npx tsx --require ./scripts/register-text-assets.cjs scripts/make-sample-workbooks.ts
// The planted problems are listed in assets/sample/README.md and assets/sample/expected-findings.json.
import ExcelJS from 'exceljs';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { dd01 } from '../src/core/rules/derived/uln-check-digit';
import { readTables } from '../src/core/sheet/read-tables';
import type { CellValue, SheetTable } from '../src/core/sheet/table';
import { columnLetter } from '../src/core/sheet/table';
import { messageToTables } from '../src/core/sheet/write-tables';
import { writeWorkbookFile } from '../src/cli/xlsx/write-xlsx';

const OUT = join(__dirname, '..', 'assets', 'sample');
const d = (iso: string) => new Date(`${iso}T00:00:00Z`);

/** A ULN with a valid check digit, from a nine-digit stem (stems whose checksum has no digit are skipped). */
function validUln(stem: number): string {
  for (let s = stem; ; s++) {
    const nine = String(s);
    const check = dd01(`${nine}0`);
    if (check !== 'N' && check !== 'Y') return `${nine}${check}`;
  }
}

/** The same ULN with its last digit changed, so that the checksum fails (ULN_04). */
function wrongCheckDigit(uln: string): string {
  const last = Number(uln[9]);
  return `${uln.slice(0, 9)}${(last + 1) % 10}`;
}

interface Aim {
  seq: number;
  ref: string;
  start: string;
  plan: string;
  comp: number;
  end?: string;
  withdraw?: number;
  outcome?: number;
  fund?: number;
}
interface Person {
  lrn: string;
  given: string;
  dob: string;
  sex: 'F' | 'M';
  uln?: string;
  lsr?: number;
  emp: { stat: number; from: string; esm?: [string, number][] }[];
  aims: Aim[];
  dp?: { type: string; code: number; start: string; coll: string }[];
}

function returnTable(yearCode: string, prep: string, dateTime: string): SheetTable {
  return {
    sheet: 'Return', headerRow: 1, firstColumn: 1, headers: ['Field', 'Value'],
    rows: [
      ['UKPRN', 10000001], ['Year', yearCode], ['SerialNo', '01'], ['SoftwareSupplier', 'ILR Workbench'], ['SoftwarePackage', 'ILR Workbench sample'],
      ['Release', '0.1'], ['FilePreparationDate', d(prep)], ['DateTime', dateTime],
    ],
  };
}

/**
 * `adultFund`: the funding model of an aim that names none — Adult Skills (35) for 2020-21; the Adult Skills Fund (38)
 * for 2025-26, as FundModel 35 is closed to starts from 1 August 2024 (FundModel_17).
 */
function tablesOf(people: Person[], yearCode: string, prep: string, dateTime: string, opts: { prior2021?: boolean; adultFund?: number }): SheetTable[] {
  let uln = 100000001;
  const learners: CellValue[][] = [];
  const fams: CellValue[][] = [];
  const emps: CellValue[][] = [];
  const esms: CellValue[][] = [];
  const aims: CellValue[][] = [];
  const aimFams: CellValue[][] = [];
  const dps: CellValue[][] = [];
  const priors: CellValue[][] = [];
  for (const p of people) {
    const u = p.uln ?? validUln((uln += 7919));
    p.uln = u;
    learners.push([p.lrn, Number(u), 'Learner', p.given, d(p.dob), 31, p.sex, 2, ...(opts.prior2021 ? [3] : []), 120, 'ZZ99 9ZZ', 'ZZ99 9ZZ', '1 Test Street']);
    // From 2021-22 the prior attainment is a PriorAttain record (level 3 = Level 2, applying from the summer of year 11).
    if (!opts.prior2021) priors.push([p.lrn, 3, d(`${Number(p.dob.slice(0, 4)) + 16}-07-01`)]);
    if (p.lsr) fams.push([p.lrn, 'LSR', p.lsr]);
    for (const e of p.emp) {
      emps.push([p.lrn, e.stat, d(e.from)]);
      for (const [t, c] of e.esm ?? []) esms.push([p.lrn, d(e.from), t, c]);
    }
    for (const a of p.aims) {
      aims.push([p.lrn, a.ref, 4, a.seq, d(a.start), d(a.plan), a.fund ?? opts.adultFund ?? 35, 'ZZ99 9ZZ', a.comp, a.end ? d(a.end) : null, a.withdraw ?? null, a.outcome ?? null]);
      aimFams.push([p.lrn, a.seq, 'SOF', '105'], [p.lrn, a.seq, 'FFI', '1']);
    }
    for (const o of p.dp ?? []) dps.push([p.lrn, Number(u), o.type, o.code, d(o.start), null, d(o.coll)]);
  }
  const t = (sheet: string, headers: string[], rows: CellValue[][]): SheetTable => ({ sheet, headerRow: 1, firstColumn: 1, headers, rows });
  return [
    returnTable(yearCode, prep, dateTime),
    t('Learner', ['LearnRefNumber', 'ULN', 'FamilyName', 'GivenNames', 'DateOfBirth', 'Ethnicity', 'Sex', 'LLDDHealthProb', ...(opts.prior2021 ? ['PriorAttain'] : []), 'PlanLearnHours', 'PostcodePrior', 'Postcode', 'AddLine1'], learners),
    ...(opts.prior2021 ? [] : [t('PriorAttain', ['LearnRefNumber', 'PriorLevel', 'DateLevelApp'], priors)]),
    t('LearnerFAM', ['LearnRefNumber', 'LearnFAMType', 'LearnFAMCode'], fams),
    t('LearnerEmploymentStatus', ['LearnRefNumber', 'EmpStat', 'DateEmpStatApp'], emps),
    t('EmploymentStatusMonitoring', ['LearnRefNumber', 'DateEmpStatApp', 'ESMType', 'ESMCode'], esms),
    t('LearningDelivery', ['LearnRefNumber', 'LearnAimRef', 'AimType', 'AimSeqNumber', 'LearnStartDate', 'LearnPlanEndDate', 'FundModel', 'DelLocPostCode', 'CompStatus', 'LearnActEndDate', 'WithdrawReason', 'Outcome'], aims),
    t('LearningDeliveryFAM', ['LearnRefNumber', 'AimSeqNumber', 'LearnDelFAMType', 'LearnDelFAMCode'], aimFams),
    t('DPOutcome', ['LearnRefNumber', 'ULN', 'OutType', 'OutCode', 'OutStartDate', 'OutEndDate', 'OutCollDate'], dps),
  ];
}

/** Adds the `Checks` formula column (ILR.CHECKAIM / ILR.CHECKDP) beside the data; no cached result, Excel calculates. */
function addChecks(wb: ExcelJS.Workbook): void {
  wb.calcProperties.fullCalcOnLoad = true;
  const add = (name: string, formula: (col: (h: string) => string, r: number) => string) => {
    const ws = wb.getWorksheet(name);
    if (!ws) return;
    const headers = (ws.getRow(1).values as ExcelJS.CellValue[]).map((v) => (typeof v === 'string' ? v : ''));
    const col = (h: string) => {
      const i = headers.indexOf(h);
      if (i < 1) throw new Error(`${name}: no ${h} column`);
      return columnLetter(i);
    };
    const at = headers.length; // the next free column (values[] is 1-based)
    const head = ws.getRow(1).getCell(at);
    head.value = 'Checks';
    head.font = { bold: true };
    head.note = 'Checks: ILR Workbench formulas (the add-in\'s ILR.* functions). Not an ILR field: skipped when the file is written.';
    ws.getColumn(at).width = 40;
    for (let r = 2; r <= ws.actualRowCount; r++) ws.getRow(r).getCell(at).value = { formula: formula(col, r) } as ExcelJS.CellFormulaValue;
  };
  add('LearningDelivery', (c, r) =>
    `ILR.CHECKAIM(${c('CompStatus')}${r},${c('LearnActEndDate')}${r},${c('Outcome')}${r},${c('WithdrawReason')}${r},${c('LearnPlanEndDate')}${r},${c('AchDate')}${r},${c('LearnStartDate')}${r})`);
  add('DPOutcome', (c, r) => `ILR.CHECKDP(${c('OutType')}${r},${c('OutCode')}${r},${c('OutStartDate')}${r},${c('OutEndDate')}${r},${c('OutCollDate')}${r},,${c('LearnRefNumber')}${r})`);
}

/** A problem planted in the 2025-26 sample: which rule should fire, on which learner's field. */
interface Planted {
  rule: string;
  kind: 'error' | 'advice';
  sheet: 'Learner' | 'LearningDelivery';
  learnRefNumber: string;
  field: string;
  what: string;
}

export const PLANTED_2526: Planted[] = [
  { rule: 'ULN_04', kind: 'error', sheet: 'Learner', learnRefNumber: 'T0009', field: 'ULN', what: 'ULN with a wrong check digit' },
  { rule: 'WithdrawReason_03', kind: 'error', sheet: 'LearningDelivery', learnRefNumber: 'T0011', field: 'CompStatus', what: 'withdrawn (CompStatus 3) with no WithdrawReason' },
  { rule: 'LearnActEndDate_01', kind: 'error', sheet: 'LearningDelivery', learnRefNumber: 'T0013', field: 'LearnActEndDate', what: 'LearnActEndDate 15/09/2025 before LearnStartDate 01/10/2025' },
  { rule: 'ADV_ContinuingPastPlannedEnd', kind: 'advice', sheet: 'LearningDelivery', learnRefNumber: 'T0010', field: 'CompStatus', what: 'still CompStatus 1 after its planned end date 31/03/2026' },
  { rule: 'ADV_BreakInLearningLong', kind: 'advice', sheet: 'LearningDelivery', learnRefNumber: 'T0008', field: 'CompStatus', what: 'break in learning (CompStatus 6) since 12/12/2025, no restart' },
  { rule: 'ADV_OutcomeNotKnownLong', kind: 'advice', sheet: 'LearningDelivery', learnRefNumber: 'T0012', field: 'Outcome', what: 'ended 30/01/2026, Outcome still 8 (not yet known)' },
  { rule: 'ADV_DP_Overdue', kind: 'advice', sheet: 'LearningDelivery', learnRefNumber: 'T0005', field: 'LearnActEndDate', what: 'withdrawn 10/10/2025, no destination on the DPOutcome sheet' },
  { rule: 'ADV_WithdrawOtherShare', kind: 'advice', sheet: 'LearningDelivery', learnRefNumber: 'T0005', field: 'WithdrawReason', what: '2 of 4 withdrawals coded 97 (other); the first 97 is shown' },
];

/** The cell of a learner's field on a sheet (first row of that learner). */
function cellOf(tables: SheetTable[], sheet: string, lrn: string, field: string): string {
  const t = tables.find((x) => x.sheet === sheet)!;
  const c = t.headers.indexOf(field);
  const r = t.rows.findIndex((row) => row[0] === lrn);
  if (c < 0 || r < 0) throw new Error(`${sheet}: no ${field} for ${lrn}`);
  return `${columnLetter(t.firstColumn + c)}${t.headerRow + 1 + r}`;
}

async function writeSample(file: string, tables: SheetTable[], yearCode: string, planted: Planted[] = []): Promise<void> {
  const read = readTables(tables, { year: yearCode });
  if (read.problems.length) throw new Error(`${file}: ${read.problems.map((p) => p.message).join('; ')}`);
  const out = messageToTables(read.message);
  if (planted.length) {
    const expected = planted.map((p) => ({ rule: p.rule, sheet: p.sheet, cell: cellOf(out, p.sheet, p.learnRefNumber, p.field), severity: p.kind, learnRefNumber: p.learnRefNumber, field: p.field, what: p.what }));
    writeFileSync(join(OUT, 'expected-findings.json'), `${JSON.stringify(expected, null, 2)}\n`);
    for (const e of expected) console.log(`  ${e.rule} ${e.sheet}!${e.cell} ${e.what}`);
  }
  // The shared writer lays the workbook out; the sample's Checks formulas are added to that file in memory (samples are small).
  await writeWorkbookFile(join(OUT, file), out, read.message.year);
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(join(OUT, file));
  wb.created = wb.modified = new Date(Date.UTC(2026, 0, 1));
  addChecks(wb);
  await wb.xlsx.writeFile(join(OUT, file));
  console.log(`wrote ${join(OUT, file)}`);
}

const employed = (from: string) => [{ stat: 10, from, esm: [['EII', 8]] as [string, number][] }];
const seeking = (from: string) => [{ stat: 11, from, esm: [['LOU', 2]] as [string, number][] }];

/** 2025-26: the planted problems are marked PLANTED (see assets/sample/README.md). */
export const PEOPLE_2526: Person[] = [
  { lrn: 'T0001', given: 'Alpha', dob: '2000-04-12', sex: 'F', lsr: 57, emp: employed('2025-08-01'),
    aims: [{ seq: 1, ref: '60146394', start: '2025-09-01', plan: '2027-06-30', comp: 1 }, { seq: 2, ref: '60301016', start: '2025-09-01', plan: '2027-06-30', comp: 1 }] },
  { lrn: 'T0002', given: 'Bravo', dob: '1998-01-30', sex: 'M', emp: seeking('2025-08-15'),
    aims: [{ seq: 1, ref: '60146394', start: '2025-09-01', plan: '2026-06-30', comp: 2, end: '2026-06-19', outcome: 1 }],
    dp: [{ type: 'EDU', code: 1, start: '2026-07-06', coll: '2026-07-10' }] },
  { lrn: 'T0003', given: 'Charlie', dob: '1985-07-07', sex: 'F', emp: employed('2025-08-01'),
    aims: [{ seq: 1, ref: '60146394', start: '2025-09-01', plan: '2026-06-30', comp: 2, end: '2026-06-19', outcome: 3 }],
    dp: [{ type: 'EMP', code: 1, start: '2026-06-22', coll: '2026-07-10' }] },
  { lrn: 'T0004', given: 'Delta', dob: '1979-11-02', sex: 'M', emp: seeking('2025-08-15'),
    aims: [{ seq: 1, ref: '60146394', start: '2025-09-01', plan: '2026-06-30', comp: 3, end: '2025-11-14', withdraw: 2, outcome: 3 }],
    dp: [{ type: 'EDU', code: 1, start: '2025-11-17', coll: '2025-12-01' }] },
  // PLANTED: withdrawn with reason 97 and no destination recorded (ADV_DP_Overdue); first of the 97s (ADV_WithdrawOtherShare).
  // An Adult Skills (FundModel 35) aim started before 1 August 2024 (the funding models whose destinations were collected).
  { lrn: 'T0005', given: 'Echo', dob: '2001-03-23', sex: 'F', emp: seeking('2024-06-15'),
    aims: [{ seq: 1, ref: '60146394', start: '2024-07-01', plan: '2026-06-30', comp: 3, end: '2025-10-10', withdraw: 97, outcome: 3, fund: 35 }] },
  { lrn: 'T0006', given: 'Foxtrot', dob: '1992-09-09', sex: 'M', emp: employed('2025-08-01'),
    aims: [{ seq: 1, ref: '60146394', start: '2025-09-01', plan: '2026-06-30', comp: 3, end: '2025-12-05', withdraw: 97, outcome: 3 }],
    dp: [{ type: 'OTH', code: 3, start: '2026-01-05', coll: '2026-01-05' }] },
  { lrn: 'T0007', given: 'Golf', dob: '1970-05-18', sex: 'F', emp: employed('2025-08-01'),
    aims: [{ seq: 1, ref: '60146394', start: '2025-09-01', plan: '2026-06-30', comp: 3, end: '2026-01-16', withdraw: 29, outcome: 3 }],
    dp: [{ type: 'EMP', code: 1, start: '2026-02-02', coll: '2026-02-10' }] },
  // PLANTED: on a break in learning since 12/12/2025 with no restart (ADV_BreakInLearningLong as of 31/07/2026).
  { lrn: 'T0008', given: 'Hotel', dob: '1996-12-01', sex: 'M', emp: seeking('2025-08-15'),
    aims: [{ seq: 1, ref: '60146394', start: '2025-09-01', plan: '2026-06-30', comp: 6, end: '2025-12-12', outcome: 3 }] },
  // PLANTED: ULN with a wrong check digit (ULN_04).
  { lrn: 'T0009', given: 'India', dob: '2003-02-14', sex: 'F', uln: wrongCheckDigit(validUln(555000111)), emp: employed('2025-08-01'),
    aims: [{ seq: 1, ref: '60146394', start: '2025-09-01', plan: '2027-06-30', comp: 1 }] },
  // PLANTED: still continuing (CompStatus 1) after its planned end date 31/03/2026 (ADV_ContinuingPastPlannedEnd).
  { lrn: 'T0010', given: 'Juliet', dob: '1988-08-08', sex: 'F', lsr: 36, emp: employed('2025-08-01'),
    aims: [{ seq: 1, ref: '60146394', start: '2025-09-01', plan: '2026-03-31', comp: 1 }] },
  // PLANTED: withdrawn (CompStatus 3) with no withdrawal reason (WithdrawReason_03).
  { lrn: 'T0011', given: 'Kilo', dob: '1999-10-10', sex: 'M', emp: seeking('2025-08-15'),
    aims: [{ seq: 1, ref: '60146394', start: '2025-09-01', plan: '2026-06-30', comp: 3, end: '2026-02-20', outcome: 3 }],
    dp: [{ type: 'EDU', code: 1, start: '2026-03-02', coll: '2026-03-10' }] },
  // PLANTED: completed on 30/01/2026 with Outcome 8 (not yet known) still six months later (ADV_OutcomeNotKnownLong).
  { lrn: 'T0012', given: 'Lima', dob: '1975-06-30', sex: 'F', emp: employed('2025-08-01'),
    aims: [{ seq: 1, ref: '60146394', start: '2025-09-01', plan: '2026-01-31', comp: 2, end: '2026-01-30', outcome: 8 }],
    dp: [{ type: 'EMP', code: 1, start: '2026-02-02', coll: '2026-02-10' }] },
  // PLANTED: actual end date 15/09/2025 before the start date 01/10/2025 (LearnActEndDate_01).
  { lrn: 'T0013', given: 'Mike', dob: '1994-04-04', sex: 'M', emp: seeking('2025-08-15'),
    aims: [{ seq: 1, ref: '60146394', start: '2025-10-01', plan: '2026-06-30', comp: 2, end: '2025-09-15', outcome: 3 }],
    dp: [{ type: 'EDU', code: 1, start: '2025-10-06', coll: '2025-10-10' }] },
];

const PEOPLE_2021: Person[] = [
  { lrn: 'S0001', given: 'November', dob: '2001-01-15', sex: 'F', emp: employed('2020-08-01'),
    aims: [{ seq: 1, ref: '60146394', start: '2020-09-01', plan: '2022-06-30', comp: 1 }] },
  { lrn: 'S0002', given: 'Oscar', dob: '1990-02-20', sex: 'M', emp: seeking('2020-08-15'),
    aims: [{ seq: 1, ref: '60146394', start: '2020-09-01', plan: '2021-06-30', comp: 2, end: '2021-06-18', outcome: 1 }],
    dp: [{ type: 'EMP', code: 1, start: '2021-06-28', coll: '2021-07-05' }] },
  { lrn: 'S0003', given: 'Papa', dob: '1983-03-25', sex: 'F', emp: seeking('2020-08-15'),
    aims: [{ seq: 1, ref: '60146394', start: '2020-09-01', plan: '2021-06-30', comp: 3, end: '2020-12-11', withdraw: 3, outcome: 3 }],
    dp: [{ type: 'OTH', code: 3, start: '2021-01-11', coll: '2021-01-11' }] },
  { lrn: 'S0004', given: 'Quebec', dob: '1997-04-30', sex: 'M', emp: employed('2020-08-01'),
    aims: [{ seq: 1, ref: '60146394', start: '2020-09-01', plan: '2021-06-30', comp: 2, end: '2021-06-18', outcome: 1 }],
    dp: [{ type: 'EMP', code: 1, start: '2021-07-01', coll: '2021-07-10' }] },
  { lrn: 'S0005', given: 'Romeo', dob: '1978-05-05', sex: 'F', emp: employed('2020-08-01'),
    aims: [{ seq: 1, ref: '60146394', start: '2020-09-01', plan: '2021-06-30', comp: 3, end: '2021-02-19', withdraw: 40, outcome: 3 },
      { seq: 2, ref: '60301016', start: '2021-02-22', plan: '2021-07-16', comp: 2, end: '2021-07-16', outcome: 1 }],
    dp: [{ type: 'EDU', code: 1, start: '2021-07-19', coll: '2021-07-20' }] },
  { lrn: 'S0006', given: 'Sierra', dob: '2001-06-16', sex: 'M', emp: seeking('2020-08-15'),
    aims: [{ seq: 1, ref: '60146394', start: '2020-09-01', plan: '2021-06-30', comp: 2, end: '2021-06-18', outcome: 3 }],
    dp: [{ type: 'EDU', code: 1, start: '2021-06-28', coll: '2021-07-05' }] },
];

async function main(): Promise<void> {
  mkdirSync(OUT, { recursive: true });
  await writeSample('ILR-Sample-2526.xlsx', tablesOf(PEOPLE_2526, '2526', '2026-07-20', '2026-07-20T10:00:00', { adultFund: 38 }), '2526', PLANTED_2526);
  await writeSample('ILR-Sample-2021.xlsx', tablesOf(PEOPLE_2021, '2021', '2021-07-23', '2021-07-23T10:00:00', { prior2021: true }), '2021');
}

if (require.main === module) {
  main().catch((e) => {
    console.error(e);
    process.exitCode = 1;
  });
}
