import { isoToSerial } from '../src/core/cells/excel-date';
import { checkAim } from '../src/functions/impl/check-aim';
import { checkDp } from '../src/functions/impl/check-dp';
import { clearResultCache } from '../src/functions/impl/result-cache';
import { line, timeIt } from './timing';

/**
 * Times ILR.CHECKDP and ILR.CHECKAIM over 10,000 rows given as Excel passes them (2-D arrays, serial and text dates,
 * numbers and text), with some rows that fire rules, including cross-row destination rules. Target: under 50 ms each.
 * Two figures each: the first calculation (nothing cached) and the recalculation Excel makes after the user edits one
 * cell of the range (only the changed learner or aim is checked again; see src/functions/impl/result-cache.ts).
 */

const col = <T>(values: T[]) => values.map((v) => [v]);

function dpArgs(n: number) {
  const types = ['EMP', 'EDU', 'NPE', 'EDU', 'EDU', 'OTH', 'VOL'];
  const codes = [1, 4, 1, 5, 6, 3, 1];
  const refs: string[] = [];
  const outType: string[] = [];
  const outCode: (number | string)[] = [];
  const start: (number | string)[] = [];
  const coll: (number | string)[] = [];
  const ends: (number | string)[] = [];
  for (let i = 0; i < n; i++) {
    const learner = Math.floor(i / 3); // three outcomes per learner
    refs.push(`TL${String(learner).padStart(6, '0')}`);
    outType.push(types[i % types.length]!);
    outCode.push(i % 97 === 0 ? 3 : codes[i % codes.length]!); // EMP 3 etc.: some invalid pairs
    start.push(i % 2 ? isoToSerial('2025-09-01') : '01/09/2025');
    coll.push('2025-10-01');
    ends.push(isoToSerial('2025-07-15'));
  }
  return {
    outType: col(outType),
    outCode: col(outCode),
    outStartDate: col(start),
    outEndDate: null,
    outCollDate: col(coll),
    learnActEndDate: col(ends),
    learnRefNumber: col(refs),
    asOf: [['2025-11-01']],
    year: [['2526']],
  };
}

function aimArgs(n: number) {
  const comp: (number | string)[] = [];
  const end: (number | string)[] = [];
  const outcome: (number | string)[] = [];
  const reason: (number | string)[] = [];
  const plan: (number | string)[] = [];
  for (let i = 0; i < n; i++) {
    const withdrawn = i % 5 === 0;
    comp.push(withdrawn ? '3' : i % 5 === 1 ? 1 : 2);
    end.push(i % 5 === 1 ? '' : isoToSerial('2025-09-30'));
    outcome.push(withdrawn ? 3 : i % 5 === 1 ? '' : 1);
    reason.push(withdrawn && i % 10 !== 0 ? 98 : '');
    // Some continuing aims are past their planned end date (advice), as in a real mid-year sheet.
    plan.push(i % 5 === 1 && i % 3 === 0 ? '31/08/2025' : i % 2 ? '31/07/2026' : isoToSerial('2026-07-31'));
  }
  return {
    compStatus: col(comp),
    learnActEndDate: col(end),
    outcome: col(outcome),
    withdrawReason: col(reason),
    learnPlanEndDate: col(plan),
    asOf: [['2025-11-01']],
    year: [['2526']],
  };
}

/** CPU time (user + system) of one call, in ms: steadier than wall time on a shared, busy machine. */
function cpuMs(fn: () => unknown, runs = 5): number {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t = process.cpuUsage();
    fn();
    const d = process.cpuUsage(t);
    times.push((d.user + d.system) / 1000);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(runs / 2)]!;
}

/** Changes one cell of a column (as a user's edit would), returning the new column. */
function edit(column: unknown[][], row: number, value: unknown): unknown[][] {
  const copy = column.slice();
  copy[row] = [value];
  return copy;
}

export async function benchFunctions(n = 10_000): Promise<void> {
  const dp = dpArgs(n);
  let dpFlagged = 0;
  const dpCold = await timeIt(5, () => {
    clearResultCache();
    dpFlagged = checkDp(dp).filter((r) => r[0] !== 'OK').length;
  });
  const dpCpu = cpuMs(() => {
    clearResultCache();
    checkDp(dp);
  });
  line(`ILR.CHECKDP: ${n} rows (3 per learner), first calculation`, `median ${dpCold.median.toFixed(1)} ms (CPU ${dpCpu.toFixed(1)} ms), min ${dpCold.min.toFixed(1)} ms, ${dpFlagged} rows flagged`);
  let k = 0;
  const dpEdit = await timeIt(5, () => checkDp({ ...dp, outCode: edit(dp.outCode, (k++ * 37) % n, k % 2 ? 2 : 1) }));
  line(`ILR.CHECKDP: ${n} rows, recalculation after one edit`, `median ${dpEdit.median.toFixed(1)} ms, min ${dpEdit.min.toFixed(1)} ms`);

  const aim = aimArgs(n);
  let aimFlagged = 0;
  const aimCold = await timeIt(5, () => {
    clearResultCache();
    aimFlagged = checkAim(aim).filter((r) => r[0] !== 'OK').length;
  });
  const aimCpu = cpuMs(() => {
    clearResultCache();
    checkAim(aim);
  });
  line(`ILR.CHECKAIM: ${n} rows, first calculation`, `median ${aimCold.median.toFixed(1)} ms (CPU ${aimCpu.toFixed(1)} ms), min ${aimCold.min.toFixed(1)} ms, ${aimFlagged} rows flagged`);
  const aimEdit = await timeIt(5, () => checkAim({ ...aim, withdrawReason: edit(aim.withdrawReason, (k++ * 41) % n, k % 2 ? 97 : '') }));
  line(`ILR.CHECKAIM: ${n} rows, recalculation after one edit`, `median ${aimEdit.median.toFixed(1)} ms, min ${aimEdit.min.toFixed(1)} ms`);
}
