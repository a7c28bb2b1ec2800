import { spawnSync } from 'node:child_process';
import { closeSync, existsSync, mkdirSync, openSync, readdirSync, readFileSync, readSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { cpus, loadavg, tmpdir, totalmem } from 'node:os';
import { ESFA_SAMPLE_2526, sampleTemplate, writeGrownSample } from './grow-sample';

/** One run of a command under /usr/bin/time -v. */
export interface Run {
  wallS: number;
  /** User + system CPU seconds: on a shared machine, steadier than the wall time. */
  cpuS: number;
  peakMb: number;
  /** The command's exit code; 128 + N when a signal N ended it; 124 when the timeout stopped it. */
  exit: number;
  /** The line of the command's own error output that says why it failed (heap out of memory …), if it failed. */
  reason?: string;
}

export type Status = 'ok' | 'failed' | 'crashed' | 'did not finish' | 'skipped';

export interface CommandResult {
  learners: number;
  command: string;
  status: Status;
  runs: Run[];
  /** Medians over the runs that finished (a failed command is not run again). */
  wallS?: number;
  cpuS?: number;
  peakMb?: number;
  /** wallS over xmllint's on the same file in the same run. */
  ratio?: number;
  /** cpuS over xmllint's: less disturbed by other work on the machine. */
  cpuRatio?: number;
  exit?: number;
  reason?: string;
  note?: string;
}

export interface ProcessOptions {
  sizes: number[];
  runs: number;
  /** Seconds one command may take before it is stopped and reported as "did not finish". */
  timeoutS: number;
  /** Where the generated files and outputs go. */
  dir: string;
  /** Where the results go as JSON. */
  json: string;
  asOf: string;
}

export const DEFAULT_OPTIONS: ProcessOptions = {
  sizes: [10_000, 50_000, 100_000],
  runs: 3,
  timeoutS: 600,
  dir: join(tmpdir(), 'ilr-bench'),
  json: join(tmpdir(), 'ilr-bench', 'process.json'),
  asOf: '2026-07-31',
};

/** Reads the options of `npm run bench -- process --sizes 10000,50000 --runs 3 --timeout 600 --dir D --json F`. */
export function processOptions(args: string[]): ProcessOptions {
  const o = { ...DEFAULT_OPTIONS };
  for (let i = 0; i < args.length; i++) {
    const a = args[i]!;
    const v = args[i + 1];
    const need = (): string => {
      if (v === undefined) throw new Error(`${a} needs a value`);
      i++;
      return v;
    };
    const count = (s: string): number => {
      const m = /^(\d+(?:\.\d+)?)(k?)$/i.exec(s.trim());
      const n = m ? Math.round(Number(m[1]) * (m[2] ? 1000 : 1)) : NaN;
      if (!Number.isInteger(n) || n < 1) throw new Error(`${a}: "${s}" is not a positive whole number`);
      return n;
    };
    if (a === '--sizes') o.sizes = need().split(',').map(count);
    else if (a === '--runs') o.runs = count(need());
    else if (a === '--timeout') o.timeoutS = count(need());
    else if (a === '--dir') o.dir = need();
    else if (a === '--json') o.json = need();
    else if (a === '--as-of') o.asOf = need();
    else throw new Error(`unknown option "${a}" (process takes --sizes N,N --runs N --timeout SECONDS --dir DIR --json FILE --as-of DATE)`);
  }
  if (!args.includes('--json') && args.includes('--dir')) o.json = join(o.dir, 'process.json');
  return o;
}

const SIGNALS: Record<number, string> = { 6: 'SIGABRT', 9: 'SIGKILL', 11: 'SIGSEGV', 15: 'SIGTERM' };

/**
 * Reads /usr/bin/time -v's report at the end of `stderr` (wrapping `timeout`, which passes the command's exit code
 * on, re-raises the signal that ended it, or exits 124 when it stopped it), and the command's own error output
 * before it.
 */
export function parseTimeReport(stderr: string): Run {
  const start = stderr.search(/(^|\n)(Command (terminated by signal|exited with non-zero status) \d+\n)?\tCommand being timed:/);
  const own = start < 0 ? stderr : stderr.slice(0, start);
  const report = start < 0 ? '' : stderr.slice(start);
  const wall = /Elapsed \(wall clock\) time \(h:mm:ss or m:ss\): (?:(\d+):)?(\d+):([\d.]+)/.exec(report);
  const rss = /Maximum resident set size \(kbytes\): (\d+)/.exec(report);
  if (!wall || !rss) throw new Error(`could not read /usr/bin/time's report: ${stderr.slice(-300)}`);
  const user = /User time \(seconds\): ([\d.]+)/.exec(report);
  const sys = /System time \(seconds\): ([\d.]+)/.exec(report);
  const signal = /Command terminated by signal (\d+)/.exec(report);
  const status = /Exit status: (\d+)/.exec(report);
  const exit = signal ? 128 + Number(signal[1]) : Number(status?.[1] ?? -1);
  const run: Run = {
    wallS: Number(wall[1] ?? 0) * 3600 + Number(wall[2]) * 60 + Number(wall[3]),
    cpuS: Math.round((Number(user?.[1] ?? 0) + Number(sys?.[1] ?? 0)) * 100) / 100,
    peakMb: Number(rss[1]) / 1024,
    exit,
  };
  if (exit !== 0) {
    const lines = own.split('\n').map((l) => l.trim()).filter(Boolean);
    const why = lines.find((l) => /heap out of memory|FATAL ERROR|RangeError|Error:/.test(l)) ?? lines[lines.length - 1];
    if (why) run.reason = why.length > 160 ? `${why.slice(0, 157)}…` : why;
    else if (signal) run.reason = `ended by ${SIGNALS[Number(signal[1])] ?? `signal ${signal[1]}`}`;
  }
  return run;
}

/**
 * Runs a command under /usr/bin/time -v and coreutils' timeout: wall-clock seconds and peak resident memory. time's
 * report goes to its own file and the command's error output to another (a crashing process may write a great deal),
 * of which only the end is read.
 */
function timed(cmd: string, args: string[], timeoutS: number, scratch: string): Run {
  const reportFile = join(scratch, 'time-report.txt');
  const errFile = join(scratch, 'stderr.txt');
  rmSync(reportFile, { force: true });
  const errFd = openSync(errFile, 'w');
  let r: ReturnType<typeof spawnSync>;
  try {
    r = spawnSync('/usr/bin/time', ['-o', reportFile, '-v', 'timeout', '--kill-after=10', String(timeoutS), cmd, ...args], {
      stdio: ['ignore', 'ignore', errFd],
      timeout: (timeoutS + 60) * 1000,
    });
  } finally {
    closeSync(errFd);
  }
  if (r.error) throw new Error(`could not run ${cmd} under /usr/bin/time: ${r.error.message}`);
  const report = existsSync(reportFile) ? readFileSync(reportFile, 'utf8') : '';
  return parseTimeReport(`${tail(errFile, 64 * 1024)}\n${report}`);
}

/** The last `max` bytes of a file, as text. */
function tail(file: string, max: number): string {
  const size = statSync(file).size;
  const fd = openSync(file, 'r');
  try {
    const buf = Buffer.alloc(Math.min(size, max));
    readSync(fd, buf, 0, buf.length, size - buf.length);
    return buf.toString('utf8');
  } finally {
    closeSync(fd);
  }
}

export const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

/** A command of the table: how to run it (run r gets its own fresh output path), and which exit codes mean it worked. */
interface Case {
  command: string;
  cmd: string;
  args: (run: number) => string[];
  /** Exit codes of a command that did its job (`ilr check` exits 1 when the data has errors). */
  ok: number[];
  /** Needs the workbook `ilr import` wrote. */
  needsWorkbook?: boolean;
  /** After a run that worked: a note on what it wrote, and whether to keep it. */
  after?: (run: number) => string | undefined;
}

/**
 * What a finished run says about the command: ok; did not finish (stopped by the timeout); crashed (ended by a
 * signal, as V8 ends a process out of heap, or an uncaught error); or failed (an exit code of its own, such as 2).
 */
export function judge(run: Run, ok: number[], timeoutS: number): { status: Status; text?: string } {
  if (ok.includes(run.exit)) return { status: 'ok' };
  if (run.exit === 124 || (run.exit === 137 && run.wallS >= timeoutS)) return { status: 'did not finish', text: `did not finish in ${timeoutS} s` };
  const why = `(exit ${run.exit}${run.reason ? `, ${run.reason}` : ''})`;
  const crashed = run.exit >= 128 || /heap out of memory|FATAL ERROR|^\w*Error\b|^\s*at /m.test(run.reason ?? '');
  return crashed ? { status: 'crashed', text: `crashed ${why}` } : { status: 'failed', text: `failed ${why}` };
}

function runCase(c: Case, learners: number, o: ProcessOptions, base: { wallS: number; cpuS: number } | undefined, workbook: boolean): CommandResult {
  if (c.needsWorkbook && !workbook) return { learners, command: c.command, status: 'skipped', runs: [], note: 'no workbook: ilr import did not write one' };
  const runs: Run[] = [];
  let note: string | undefined;
  for (let r = 1; r <= o.runs; r++) {
    process.stdout.write(`  ${learners} learners: ${c.command}, run ${r} of ${o.runs} … `);
    let run: Run;
    try {
      run = timed(c.cmd, c.args(r), o.timeoutS, o.dir);
    } catch (e) {
      // the bench could not measure this command: say so in its row and go on with the others
      console.log(`not measured: ${(e as Error).message.split('\n')[0]}`);
      return { learners, command: c.command, status: 'failed', runs, exit: -1, reason: 'not measured (the bench could not read /usr/bin/time)', note };
    }
    runs.push(run);
    const v = judge(run, c.ok, o.timeoutS);
    console.log(`${run.wallS.toFixed(1)} s (CPU ${run.cpuS.toFixed(1)} s), ${run.peakMb.toFixed(0)} MB, exit ${run.exit}${v.text ? ` — ${v.text}` : ''}`);
    if (v.status !== 'ok') {
      // not run again: a crash or a timeout repeats, and costs the shared machine minutes each time
      return { learners, command: c.command, status: v.status, runs, wallS: run.wallS, cpuS: run.cpuS, peakMb: run.peakMb, exit: run.exit, reason: v.text, note };
    }
    note = c.after?.(r) ?? note;
  }
  const wallS = median(runs.map((x) => x.wallS));
  const res: CommandResult = { learners, command: c.command, status: 'ok', runs, wallS, cpuS: median(runs.map((x) => x.cpuS)), peakMb: median(runs.map((x) => x.peakMb)), exit: runs[0]!.exit, note };
  if (base) {
    res.ratio = wallS / base.wallS;
    if (base.cpuS > 0) res.cpuRatio = res.cpuS! / base.cpuS;
  }
  return res;
}

const sizeMb = (f: string): string => {
  const mb = statSync(f).size / 1024 / 1024;
  return `${mb.toFixed(mb < 10 ? 1 : 0)} MB`;
};

function only(dir: string): string | undefined {
  const files = existsSync(dir) ? readdirSync(dir) : [];
  return files.length === 1 ? join(dir, files[0]!) : undefined;
}

/** The six commands on one size, in order: xmllint first (the reference), import before the commands on its workbook. */
function benchSize(n: number, o: ProcessOptions, ilr: string, xsd: string): CommandResult[] {
  const dir = join(o.dir, String(n));
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  // named the official way for the sample's header
  const xml = join(dir, sampleTemplate(readFileSync(ESFA_SAMPLE_2526, 'utf8')).fileName);
  const grown = writeGrownSample(xml, n);
  console.log(`\n${n.toLocaleString('en-GB')} learners, ${grown.deliveries.toLocaleString('en-GB')} learning deliveries: ${xml} (${sizeMb(xml)})`);
  const xlsx = join(dir, 'x.xlsx');
  const fresh = (name: string, r: number): string => join(dir, `${name}-${r}`);
  const node = process.execPath;
  // every output goes to a path that does not exist yet, so no --force is needed whether or not ilr has it
  const cases: Case[] = [
    { command: 'xmllint --noout --stream --schema', cmd: 'xmllint', args: () => ['--noout', '--stream', '--schema', xsd, xml], ok: [0] },
    { command: 'ilr check x.xml', cmd: node, args: () => [ilr, 'check', xml, '--as-of', o.asOf], ok: [0, 1] },
    {
      command: 'ilr xml x.xml -o dir',
      cmd: node,
      args: (r) => [ilr, 'xml', xml, '-o', fresh('xml-from-xml', r)],
      ok: [0],
      after: (r) => {
        const out = only(fresh('xml-from-xml', r));
        const note = out ? `wrote ${sizeMb(out)}` : 'wrote no single file';
        rmSync(fresh('xml-from-xml', r), { recursive: true, force: true });
        return note;
      },
    },
    {
      command: 'ilr import x.xml -o x.xlsx',
      cmd: node,
      args: (r) => {
        mkdirSync(fresh('import', r), { recursive: true });
        return [ilr, 'import', xml, '-o', join(fresh('import', r), 'x.xlsx')];
      },
      ok: [0],
      after: (r) => {
        const out = join(fresh('import', r), 'x.xlsx');
        if (!existsSync(out)) return 'wrote no workbook';
        const note = `wrote ${sizeMb(out)}`;
        // the first workbook is kept for the commands that read one
        if (!existsSync(xlsx)) renameSync(out, xlsx);
        rmSync(fresh('import', r), { recursive: true, force: true });
        return note;
      },
    },
    { command: 'ilr check x.xlsx', cmd: node, args: () => [ilr, 'check', xlsx, '--as-of', o.asOf], ok: [0, 1], needsWorkbook: true },
    {
      command: 'ilr xml x.xlsx -o dir',
      cmd: node,
      args: (r) => [ilr, 'xml', xlsx, '-o', fresh('xml-from-xlsx', r)],
      ok: [0],
      needsWorkbook: true,
      after: (r) => {
        const out = only(fresh('xml-from-xlsx', r));
        const note = out ? `wrote ${sizeMb(out)}` : 'wrote no single file';
        rmSync(fresh('xml-from-xlsx', r), { recursive: true, force: true });
        return note;
      },
    },
  ];
  const results: CommandResult[] = [];
  let base: { wallS: number; cpuS: number } | undefined;
  for (const c of cases) {
    const res = runCase(c, n, o, base, existsSync(xlsx));
    if (c.cmd === 'xmllint' && res.status === 'ok') base = { wallS: res.wallS!, cpuS: res.cpuS! };
    results.push(res);
  }
  return results;
}


export interface Machine {
  cores: number;
  model: string;
  memoryGb: number;
  node: string;
  libxml2: string;
  /** 1, 5 and 15-minute load averages when the bench started: the machine may be shared. */
  loadAverage: number[];
  started: string;
}

function machine(): Machine {
  const c = cpus();
  const v = spawnSync('xmllint', ['--version'], { encoding: 'utf8' });
  const n = Number(/using libxml version (\d+)/.exec(`${v.stdout ?? ''}${v.stderr ?? ''}`)?.[1] ?? NaN);
  return {
    cores: c.length,
    model: c[0]?.model.trim() ?? 'unknown',
    memoryGb: Math.round(totalmem() / 1024 ** 3),
    node: process.version,
    libxml2: Number.isFinite(n) ? `${Math.floor(n / 10000)}.${Math.floor(n / 100) % 100}.${n % 100}` : 'unknown (xmllint --version)',
    loadAverage: loadavg().map((x) => Math.round(x * 100) / 100),
    started: new Date().toISOString(),
  };
}

const secs = (s: number): string => `${s.toFixed(1)} s`;
const mem = (mb: number): string => (mb < 1024 ? `${mb.toFixed(0)} MB` : `${(mb / 1024).toFixed(2)} GB`);

/** The whole-process table, in markdown. */
export function markdownTable(results: CommandResult[], runs: number): string {
  const rows = [
    `| learners | command | wall${runs > 1 ? ` (median of ${runs})` : ''} | CPU user+sys | peak RSS | × xmllint: wall (CPU) | exit | note |`,
    '| ---: | --- | ---: | ---: | ---: | ---: | ---: | --- |',
  ];
  for (const r of results) {
    const n = r.learners.toLocaleString('en-GB');
    if (r.status === 'skipped') {
      rows.push(`| ${n} | \`${r.command}\` | not run | | | | | ${r.note ?? ''} |`);
    } else if (r.status !== 'ok') {
      const after = r.status === 'did not finish' || r.wallS === undefined ? '' : ` after ${secs(r.wallS)}`;
      const cpu = r.cpuS === undefined ? '—' : secs(r.cpuS);
      const peak = r.peakMb === undefined ? '—' : mem(r.peakMb);
      rows.push(`| ${n} | \`${r.command}\` | **${r.reason}**${after} | ${cpu} | ${peak} | — | ${r.exit} | ${r.note ?? ''} |`);
    } else {
      const cpu = r.cpuRatio === undefined ? '' : ` (CPU ${r.cpuRatio.toFixed(1)}×)`;
      const ratio = r.ratio === undefined ? (r.command.startsWith('xmllint') ? '1×' : '—') : `${r.ratio.toFixed(1)}×${cpu}`;
      rows.push(`| ${n} | \`${r.command}\` | ${secs(r.wallS!)} | ${secs(r.cpuS ?? 0)} | ${mem(r.peakMb!)} | ${ratio} | ${r.exit} | ${r.note ?? ''} |`);
    }
  }
  return rows.join('\n');
}

export interface Growth {
  command: string;
  from: number;
  to: number;
  wallRatio?: number;
  cpuRatio?: number;
  memoryRatio?: number;
}

/** How each command's time and peak memory grow from the smallest size to the largest (linear = the size ratio). */
export function growth(results: CommandResult[]): Growth[] {
  const sizes = [...new Set(results.map((r) => r.learners))].sort((a, b) => a - b);
  if (sizes.length < 2) return [];
  const from = sizes[0]!;
  const to = sizes[sizes.length - 1]!;
  const commands = [...new Set(results.map((r) => r.command))];
  return commands.map((command) => {
    const a = results.find((r) => r.command === command && r.learners === from);
    const b = results.find((r) => r.command === command && r.learners === to);
    const g: Growth = { command, from, to };
    if (a?.status === 'ok' && b?.status === 'ok') {
      g.wallRatio = b.wallS! / a.wallS!;
      if (a.cpuS && b.cpuS !== undefined) g.cpuRatio = b.cpuS / a.cpuS;
      g.memoryRatio = b.peakMb! / a.peakMb!;
    }
    return g;
  });
}

export function growthTable(gs: Growth[]): string {
  if (!gs.length) return '';
  const f = gs[0]!.to / gs[0]!.from;
  const rows = [
    `| command | wall ${gs[0]!.from.toLocaleString('en-GB')} → ${gs[0]!.to.toLocaleString('en-GB')} | CPU | peak RSS | (linear: ${f}×) |`,
    '| --- | ---: | ---: | ---: | --- |',
  ];
  for (const g of gs) {
    if (g.wallRatio === undefined) rows.push(`| \`${g.command}\` | — | — | — | not finished at both sizes |`);
    else {
      const worse = (g.cpuRatio ?? g.wallRatio) > f * 1.1 || g.memoryRatio! > f * 1.1;
      const cpu = g.cpuRatio === undefined ? '—' : `${g.cpuRatio.toFixed(1)}×`;
      rows.push(`| \`${g.command}\` | ${g.wallRatio.toFixed(1)}× | ${cpu} | ${g.memoryRatio!.toFixed(1)}× | ${worse ? 'worse than linear' : 'linear or better'} |`);
    }
  }
  return rows.join('\n');
}

/**
 * Whole processes, as a user runs them, on XSD-valid files grown from the ESFA sample (no real people): xmllint
 * --stream --schema (the reference, in the same run), ilr check / xml / import on the XML, then ilr check / xml on the
 * workbook import wrote; medians of `runs`, peak resident memory, each under a timeout. (The in-process stages are
 * `npm run bench -- rules` etc.)
 */
export async function benchProcess(o: ProcessOptions = DEFAULT_OPTIONS): Promise<void> {
  const m = machine();
  console.log(`machine: ${m.cores} cores, ${m.model}, ${m.memoryGb} GB; node ${m.node}; libxml2 ${m.libxml2} (xmllint); load average ${m.loadAverage.join(' / ')} at the start`);
  console.log(`sizes ${o.sizes.join(', ')}; ${o.runs === 1 ? '1 run each' : `${o.runs} runs each (median)`}; a command stopped after ${o.timeoutS} s; ilr check --as-of ${o.asOf}`);
  const root = join(__dirname, '..');
  const ilr = join(root, 'bin', 'ilr.js');
  const xsd = join(root, 'assets', 'years', 'ILR-2025-26.xsd');
  const results: CommandResult[] = [];
  mkdirSync(dirname(o.json), { recursive: true });
  const save = (): void => writeFileSync(o.json, `${JSON.stringify({ machine: m, options: o, results, growth: growth(results), endLoadAverage: loadavg() }, null, 2)}\n`);
  for (const n of o.sizes) {
    results.push(...benchSize(n, o, ilr, xsd));
    save(); // after each size: a long run that is stopped keeps what it measured
  }
  const gs = growth(results);
  console.log(`\n${markdownTable(results, o.runs)}\n`);
  if (gs.length) console.log(`${growthTable(gs)}\n`);
  console.log(`load average ${loadavg().map((x) => x.toFixed(2)).join(' / ')} at the end`);
  console.log(`results: ${o.json}`);
}
