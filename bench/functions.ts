import { isoToSerial } from '../src/core/cells/excel-date';
import { checkAim } from '../src/functions/impl/check-aim';
import { checkDp } from '../src/functions/impl/check-dp';
import { line, timeIt } from './timing';

/**
 * Times ILR.CHECKDP and ILR.CHECKAIM over 10,000 rows given as Excel passes them (2-D arrays, serial and text dates,
 * numbers and text), with some rows that fire rules, including cross-row destination rules. Target: under 50 ms each.
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
    plan.push(i % 2 ? '31/07/2026' : isoToSerial('2026-07-31'));
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

export async function benchFunctions(n = 10_000): Promise<void> {
  const dp = dpArgs(n);
  let dpFlagged = 0;
  const dpTime = await timeIt(5, () => {
    dpFlagged = checkDp(dp).filter((r) => r[0] !== 'OK').length;
  });
  line(`ILR.CHECKDP: ${n} rows (3 per learner)`, `median ${dpTime.median.toFixed(1)} ms, min ${dpTime.min.toFixed(1)} ms, ${dpFlagged} rows flagged`);

  const aim = aimArgs(n);
  let aimFlagged = 0;
  const aimTime = await timeIt(5, () => {
    aimFlagged = checkAim(aim).filter((r) => r[0] !== 'OK').length;
  });
  line(`ILR.CHECKAIM: ${n} rows`, `median ${aimTime.median.toFixed(1)} ms, min ${aimTime.min.toFixed(1)} ms, ${aimFlagged} rows flagged`);
}
