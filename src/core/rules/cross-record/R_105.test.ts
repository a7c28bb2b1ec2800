import type { RecordSpec } from '../../model/build';
import { aim, learnerFindings } from './cross-testing';
import { R_105 } from './R_105';

const act = (code: string, from: string, to?: string): RecordSpec => ({ LearnDelFAMType: 'ACT', LearnDelFAMCode: code, LearnDelFAMDateFrom: from, ...(to ? { LearnDelFAMDateTo: to } : {}) });
const run = (perAim: RecordSpec[][], year = '2526') => learnerFindings(R_105, { LearningDelivery: perAim.map((fams, i) => aim(i + 1, { FundModel: 36, LearningDeliveryFAM: fams })) }, year);

describe('R_105: different ACT codes at the same time', () => {
  it.each<[string, RecordSpec[][], string[]]>([
    ['the same code on two aims at once', [[act('1', '2025-08-01')], [act('1', '2025-08-01')]], []],
    ['codes 1 and 2 on two aims at once', [[act('1', '2025-08-01')], [act('2', '2025-09-01')]], ['2']],
    ['code 2 from the day after code 1 ends', [[act('1', '2025-08-01', '2025-12-31'), act('2', '2026-01-01')]], []],
    ['code 2 from the day code 1 ends', [[act('1', '2025-08-01', '2025-12-31'), act('2', '2025-12-31')]], ['2']],
    ['hidden behind a shorter record', [[act('1', '2025-08-01')], [act('1', '2025-09-01', '2025-09-30')], [act('2', '2025-11-01')]], ['2']],
  ])('%s', (_n, perAim, values) => {
    const f = run(perAim);
    expect(f.map((x) => x.value)).toEqual(values);
    for (const x of f) expect(x).toMatchObject({ rule: 'R_105', field: 'LearnDelFAMCode' });
  });

  it("marks the other aim's ACT as related", () => {
    const f = run([[act('1', '2025-08-01')], [act('2', '2025-09-01')]]);
    expect(f.map((x) => [x.aimSeqNumber, x.related?.map((r) => `${r.aimSeqNumber}:${r.field}=${r.value}`)])).toEqual([['2', ['1:LearnDelFAMCode=1']]]);
  });
});

describe("2020-21 (the same check in ESFA's 2020-21 service)", () => {
  it.each<[string, RecordSpec[][], number]>([
    ['ACT 1 open from 2018-08-01, ACT 2 from 2018-09-01', [[act('1', '2018-08-01')], [act('2', '2018-09-01')]], 1],
    ['ACT 1 to 2018-08-31, ACT 2 from 2018-09-01', [[act('1', '2018-08-01', '2018-08-31'), act('2', '2018-09-01')]], 0],
  ])('%s', (_n, perAim, n) => expect(run(perAim, '2021')).toHaveLength(n));
});
