import { growth, growthTable, judge, markdownTable, parseTimeReport, processOptions, type CommandResult } from '../../../bench/process';

const report = (extra: string, exit: number): string =>
  `${extra}\tCommand being timed: "timeout --kill-after=10 600 node bin/ilr.js import x.xml"\n\tUser time (seconds): 70.10\n` +
  `\tSystem time (seconds): 1.30\n\tElapsed (wall clock) time (h:mm:ss or m:ss): 1:16.42\n\tMaximum resident set size (kbytes): 4404019\n\tExit status: ${exit}\n`;

describe('reading /usr/bin/time -v around coreutils timeout', () => {
  test('a command that worked: wall seconds, peak MB, exit code, no reason', () => {
    expect(parseTimeReport(report('', 0))).toEqual({ wallS: 76.42, cpuS: 71.4, peakMb: 4404019 / 1024, exit: 0 });
  });

  test('a command ended by a signal (V8 out of memory aborts): exit 128 + signal, and the line that says why', () => {
    const own = '<--- Last few GCs --->\n\nFATAL ERROR: Reached heap limit Allocation failed - JavaScript heap out of memory\n 1: 0xb8d0a3 node::Abort() [node]\n';
    const run = parseTimeReport(`${own}Command terminated by signal 6\n${report('', 0)}`);
    expect(run.exit).toBe(134);
    expect(run.reason).toBe('FATAL ERROR: Reached heap limit Allocation failed - JavaScript heap out of memory');
    expect(judge(run, [0], 600)).toEqual({ status: 'crashed', text: 'crashed (exit 134, FATAL ERROR: Reached heap limit Allocation failed - JavaScript heap out of memory)' });
  });

  test('hours in the wall time; a timeout (124) is "did not finish", exit 1 of ilr check is a finished check', () => {
    const run = parseTimeReport(report('Command exited with non-zero status 124\n', 124).replace('1:16.42', '1:02:03.5'));
    expect(run.wallS).toBeCloseTo(3723.5, 5);
    expect(run.exit).toBe(124);
    expect(judge(run, [0], 600)).toEqual({ status: 'did not finish', text: 'did not finish in 600 s' });
    expect(judge({ wallS: 3, cpuS: 3, peakMb: 100, exit: 1 }, [0, 1], 600)).toEqual({ status: 'ok' });
    expect(judge({ wallS: 3, cpuS: 3, peakMb: 100, exit: 2, reason: 'ilr: cannot read x.xml' }, [0, 1], 600)).toEqual({ status: 'failed', text: 'failed (exit 2, ilr: cannot read x.xml)' });
    expect(judge({ wallS: 3, cpuS: 3, peakMb: 100, exit: 1, reason: 'RangeError: Invalid string length' }, [0], 600).status).toBe('crashed');
  });

  test('a report it cannot read is an error, not a zero', () => {
    expect(() => parseTimeReport('time: cannot run xmllint: No such file or directory\n')).toThrow(/could not read/);
  });
});

describe('npm run bench -- process options', () => {
  test('sizes, runs and timeout; 10k means 10,000; defaults are the issue\'s three sizes, 3 runs, 10 minutes', () => {
    expect(processOptions([])).toMatchObject({ sizes: [10000, 50000, 100000], runs: 3, timeoutS: 600 });
    expect(processOptions(['--sizes', '10000,50k', '--runs', '1', '--timeout', '900', '--dir', '/tmp/b'])).toMatchObject({
      sizes: [10000, 50000],
      runs: 1,
      timeoutS: 900,
      dir: '/tmp/b',
      json: '/tmp/b/process.json',
    });
    expect(() => processOptions(['--sizes', '10000,abc'])).toThrow(/"abc" is not a positive whole number/);
    expect(() => processOptions(['--size', '1'])).toThrow(/unknown option "--size"/);
  });
});

describe('the tables', () => {
  const ok = (learners: number, command: string, wallS: number, peakMb: number, ratio?: number): CommandResult => ({
    learners, command, status: 'ok', runs: [], wallS, cpuS: Math.round(wallS * 0.9), peakMb, exit: 0, ratio, cpuRatio: ratio && ratio / 2,
  });
  const results: CommandResult[] = [
    ok(10000, 'xmllint --noout --stream --schema', 0.6, 5),
    ok(10000, 'ilr import x.xml -o x.xlsx', 16.5, 1485, 27.5),
    ok(100000, 'xmllint --noout --stream --schema', 5.9, 5),
    { learners: 100000, command: 'ilr import x.xml -o x.xlsx', status: 'crashed', runs: [], wallS: 76, cpuS: 70.1, peakMb: 4300, exit: 134, reason: 'crashed (exit 134, heap out of memory)' },
    { learners: 100000, command: 'ilr check x.xlsx', status: 'skipped', runs: [], note: 'no workbook: ilr import did not write one' },
  ];

  test('a crash is shown as such with its peak memory; a command without its input is "not run"', () => {
    const t = markdownTable(results, 3);
    expect(t).toContain('| 10,000 | `ilr import x.xml -o x.xlsx` | 16.5 s | 15.0 s | 1.45 GB | 27.5× (CPU 13.8×) | 0 |');
    expect(t).toContain('| 100,000 | `ilr import x.xml -o x.xlsx` | **crashed (exit 134, heap out of memory)** after 76.0 s | 70.1 s | 4.20 GB | — | 134 |');
    expect(t).toContain('| 100,000 | `ilr check x.xlsx` | not run |');
  });

  test('growth from the smallest size to the largest, only where both finished', () => {
    const g = growth(results);
    expect(g.find((x) => x.command.startsWith('xmllint'))).toMatchObject({ from: 10000, to: 100000 });
    expect(g.find((x) => x.command.startsWith('xmllint'))!.wallRatio).toBeCloseTo(5.9 / 0.6, 5);
    expect(g.find((x) => x.command.startsWith('ilr import'))!.wallRatio).toBeUndefined();
    const t = growthTable(g);
    expect(t).toContain('| command | wall 10,000 → 100,000 | CPU | peak RSS | (linear: 10×) |');
    expect(t).toContain('| `xmllint --noout --stream --schema` | 9.8× | 5.0× | 1.0× | linear or better |');
    expect(t).toContain('| `ilr import x.xml -o x.xlsx` | — | — | — | not finished at both sizes |');
  });
});
