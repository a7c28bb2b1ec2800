import { messageFrom, type RecordSpec } from '../../../../src/core/model/build';
import { runChecks } from '../../../../src/core/rules/check';
import { readTables } from '../../../../src/core/sheet/read-tables';
import { messageToTables } from '../../../../src/core/sheet/write-tables';
import { CHECK_CHUNK, checkWorkbook } from '../../../../src/taskpane/app/check-workbook';
import { DEFAULT_PANE_SETTINGS, type PaneSettings } from '../../../../src/taskpane/app/settings-model';
import { FakePort } from '../ui/fake-port';

/** Learners (synthetic) of whom every seventh has a completed aim without an actual end date, every eleventh a blank ULN. */
function learners(n: number): RecordSpec[] {
  return Array.from({ length: n }, (_, i) => ({
    LearnRefNumber: `CW${String(i).padStart(6, '0')}`,
    ...(i % 11 === 0 ? {} : { ULN: '9999999999' }),
    FamilyName: 'Test',
    DateOfBirth: '2008-03-01',
    LearningDelivery: [
      { LearnAimRef: '60146394', AimType: 5, AimSeqNumber: 1, LearnStartDate: '2025-09-01', LearnPlanEndDate: '2026-06-30', FundModel: 25, CompStatus: i % 7 === 0 ? 2 : 1 },
    ],
  }));
}

describe('checkWorkbook: the pane checks a workbook in chunks of learners', () => {
  const settings: PaneSettings = { ...DEFAULT_PANE_SETTINGS, year: '2526', asOf: '2026-03-01' };
  const n = 2 * CHECK_CHUNK + 37;
  const tables = messageToTables(messageFrom('2526', { Learner: learners(n) }));

  test('finds what a check of the whole message finds, in the same order', async () => {
    const c = await checkWorkbook(new FakePort(tables), settings);
    const whole = runChecks(readTables(messageToTables(messageFrom('2526', { Learner: learners(n) })), { year: '2526' }).message, { asOf: '2026-03-01', settings: settings.advice, disabled: [] });
    expect(c.result.findings.length).toBeGreaterThan(n / 7);
    expect(c.result.findings.map((f) => `${f.rule} ${f.learnRefNumber} ${JSON.stringify(f.location)} ${f.message}`)).toEqual(
      whole.findings.map((f) => `${f.rule} ${f.learnRefNumber} ${JSON.stringify(f.location)} ${f.message}`),
    );
    expect(c.result.counts).toEqual(whole.counts);
  });

  test('reports progress through reading and then checking, and lets the page run between chunks', async () => {
    const seen: { fraction: number; sheet: string }[] = [];
    let ticks = 0;
    const timer = setInterval(() => ticks++, 0);
    try {
      await checkWorkbook(new FakePort(tables), settings, (fraction, sheet) => seen.push({ fraction, sheet }));
    } finally {
      clearInterval(timer);
    }
    const fractions = seen.map((s) => s.fraction);
    expect(fractions).toEqual([...fractions].sort((a, b) => a - b));
    expect(seen.some((s) => s.sheet === 'Learner' && s.fraction < 0.5)).toBe(true);
    // checking: at least one step per chunk of learners, named by no sheet ("Checking…"), ending at 1
    const checking = seen.filter((s) => s.sheet === '' && s.fraction > 0.5);
    expect(checking.length).toBeGreaterThanOrEqual(Math.ceil(n / CHECK_CHUNK));
    expect(fractions.at(-1)).toBe(1);
    expect(ticks).toBeGreaterThanOrEqual(Math.ceil(n / CHECK_CHUNK));
  });
});
