import { spawnSync } from 'node:child_process';
import { mkdirSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { writeXmlString } from '../src/core/xml/write-xml';
import { syntheticMessage } from './synthetic';
import { line } from './timing';

interface Run {
  wallS: number;
  peakMb: number;
  code: number;
}

/** Runs a command under /usr/bin/time -v: wall-clock seconds and peak resident memory, as a user would see them. */
function timed(cmd: string, args: string[]): Run {
  const r = spawnSync('/usr/bin/time', ['-v', cmd, ...args], { encoding: 'utf8', stdio: ['ignore', 'ignore', 'pipe'], maxBuffer: 64 * 1024 * 1024 });
  const err = r.stderr ?? '';
  const wall = /Elapsed \(wall clock\) time \(h:mm:ss or m:ss\): (?:(\d+):)?(\d+):([\d.]+)/.exec(err);
  const rss = /Maximum resident set size \(kbytes\): (\d+)/.exec(err);
  const exit = /Exit status: (\d+)/.exec(err);
  if (!wall || !rss) throw new Error(`could not read /usr/bin/time's report for ${cmd}: ${err.slice(-500)}`);
  const wallS = Number(wall[1] ?? 0) * 3600 + Number(wall[2]) * 60 + Number(wall[3]);
  return { wallS, peakMb: Number(rss[1]) / 1024, code: exit ? Number(exit[1]) : (r.status ?? -1) };
}

const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

/**
 * Whole processes, as a user runs them: `ilr check` on a synthetic XML file of `n` learners (2 aims each, no real
 * people), beside `xmllint --noout --stream --schema` on the same file in the same run; median of `runs`, with peak
 * resident memory. (The in-process stages are `npm run bench -- rules`.)
 */
export async function benchProcess(n = 100_000, runs = 3): Promise<void> {
  const dir = join(tmpdir(), 'ilr-bench');
  mkdirSync(dir, { recursive: true });
  const msg = syntheticMessage(n, 2);
  const file = join(dir, `ILR-10000001-2526-20260731-100000-${String(n).length}.XML`);
  writeFileSync(file, writeXmlString(msg));
  const xsd = join(dir, 'ILR-2025-26.xsd');
  writeFileSync(xsd, msg.year.xsd);
  line(`file: ${n.toLocaleString('en-GB')} learners × 2 aims`, `${(statSync(file).size / 1024 / 1024).toFixed(0)} MB`);
  const ilr = join(__dirname, '..', 'bin', 'ilr.js');
  const cases: [string, string, string[]][] = [
    ['xmllint --noout --stream --schema', 'xmllint', ['--noout', '--stream', '--schema', xsd, file]],
    ['ilr check x.xml --format json', process.execPath, [ilr, 'check', file, '--as-of', '2026-07-31', '--format', 'json']],
  ];
  let base = 0;
  for (const [label, cmd, args] of cases) {
    const rs = Array.from({ length: runs }, () => timed(cmd, args));
    const wall = median(rs.map((r) => r.wallS));
    const peak = median(rs.map((r) => r.peakMb));
    if (!base) base = wall;
    line(label, `wall ${wall.toFixed(1)} s (median of ${runs}), peak RSS ${peak.toFixed(0)} MB, ${(wall / base).toFixed(1)}× xmllint, exit ${rs[0]!.code}`);
  }
}
