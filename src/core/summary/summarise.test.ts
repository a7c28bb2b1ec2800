import { join } from 'node:path';
import { readXlsxTables } from '../../cli/xlsx/read-xlsx';
import { readTables } from '../sheet/read-tables';
import { summarise } from './summarise';

const SAMPLE = join(__dirname, '../../../assets/sample/ILR-Sample-2526.xlsx');

async function sampleMessage() {
  const { message } = readTables(await readXlsxTables(SAMPLE), { year: '2526' });
  return message;
}

describe('summarise (the bundled 2025-26 sample workbook)', () => {
  it('counts aims by CompStatus, Outcome and WithdrawReason with the code descriptions', async () => {
    const s = summarise(await sampleMessage(), { asOf: '2026-03-01' });
    expect(s.learners).toBe(13);
    expect(s.aims).toBe(14);
    const comp = Object.fromEntries(s.compStatus.map((c) => [c.code, c.count]));
    // T0001 (2 aims), T0009, T0010 continuing; T0002, T0003, T0012, T0013 completed; T0004–T0007, T0011 withdrawn; T0008 break.
    expect(comp).toEqual({ '1': 4, '2': 4, '3': 5, '6': 1 });
    expect(s.compStatus.reduce((n, c) => n + c.count, 0)).toBe(14);
    expect(s.compStatus.find((c) => c.code === '3')!.description).toMatch(/withdrawn/i);
    const wr = Object.fromEntries(s.withdrawReason.map((c) => [c.code, c.count]));
    expect(wr).toEqual({ '2': 1, '29': 1, '97': 2 });
    expect(s.outcome.find((c) => c.code === '8')).toBeDefined();
  });

  it('counts destination outcomes by OutType and by OutType + OutCode', async () => {
    const s = summarise(await sampleMessage(), { asOf: '2026-03-01' });
    const types = Object.fromEntries(s.outType.map((c) => [c.code, c.count]));
    expect(types.EDU).toBeGreaterThanOrEqual(2);
    expect(types.EMP).toBeGreaterThanOrEqual(2);
    expect(types.OTH).toBeGreaterThanOrEqual(1);
    expect(s.outTypeCode.map((c) => c.code)).toEqual(expect.arrayContaining(['EDU 1', 'EMP 1', 'OTH 3']));
    expect(s.outType.find((c) => c.code === 'EMP')!.description).toMatch(/employ/i);
  });

  it('lists T0005 (withdrawn, no destination) as overdue at its Learner row, and nobody whose learning continues', async () => {
    const s = summarise(await sampleMessage(), { asOf: '2026-03-01' });
    const t5 = s.destinationsDue.find((d) => d.learnRefNumber === 'T0005')!;
    expect(t5).toMatchObject({ lastEnd: '2025-10-10', due: '2025-12-10', status: 'overdue', overdueDays: 81 });
    expect(t5.location).toEqual({ sheet: 'Learner', cell: expect.stringMatching(/^[A-Z]+6$/) });
    const refs = s.destinationsDue.map((d) => d.learnRefNumber);
    for (const r of ['T0001', 'T0008', 'T0009', 'T0010', 'T0002']) expect(refs).not.toContain(r);
    // Most overdue first.
    const days = s.destinationsDue.map((d) => d.overdueDays);
    expect([...days].sort((a, b) => b - a)).toEqual(days);
  });

  it('a learner whose due date is still ahead is "due", not overdue', async () => {
    const s = summarise(await sampleMessage(), { asOf: '2025-10-11' });
    expect(s.destinationsDue.find((d) => d.learnRefNumber === 'T0005')).toMatchObject({ status: 'due', overdueDays: 0 });
  });
});

describe('summaryBlocks', () => {
  it('gives one block per count plus the due list, charting completion status', async () => {
    const { summaryBlocks } = await import('./summary-tables');
    const s = summarise(await sampleMessage(), { asOf: '2026-03-01' });
    const blocks = summaryBlocks(s);
    expect(blocks.map((b) => b.heading)).toEqual([
      'Completion status',
      'Outcome',
      'Withdrawal reason',
      'Destinations by type',
      'Destinations by type and code',
      'Destinations due or overdue (as of 2026-03-01)',
    ]);
    expect(blocks[0]!.chart).toBe(true);
    expect(blocks[0]!.rows.find((r) => r[0] === '3')![2]).toBe(5);
    expect(blocks[5]!.rows.find((r) => r[0] === 'T0005')).toEqual(['T0005', '2025-10-10', '2025-12-10', 81, expect.stringMatching(/^Learner![A-Z]+6$/)]);
  });
});
