import type { RecordSpec } from '../../model/build';
import { aim, learnerFindings } from './cross-testing';
import { R_106 } from './R_106';

const lsf = (from: string, to?: string): RecordSpec => ({ LearnDelFAMType: 'LSF', LearnDelFAMCode: '1', LearnDelFAMDateFrom: from, ...(to ? { LearnDelFAMDateTo: to } : {}) });
const run = (perAim: RecordSpec[][], year = '2526') => learnerFindings(R_106, { LearningDelivery: perAim.map((fams, i) => aim(i + 1, { LearningDeliveryFAM: fams })) }, year);

describe('R_106: more than one LSF record of the learner at a time', () => {
  it.each<[string, RecordSpec[][], string[]]>([
    ['two aims, LSF one after the other', [[lsf('2025-08-01', '2025-12-31')], [lsf('2026-01-01', '2026-06-30')]], []],
    ['two aims, LSF at the same time', [[lsf('2025-08-01', '2025-12-31')], [lsf('2025-10-01', '2026-06-30')]], ['2025-10-01']],
    ['ends on the day the next starts', [[lsf('2025-08-01', '2025-12-31')], [lsf('2025-12-31', '2026-06-30')]], ['2025-12-31']],
    ['the earlier open', [[lsf('2025-08-01')], [lsf('2026-01-01', '2026-06-30')]], ['2026-01-01']],
    ['before 1 August 2016 not counted', [[lsf('2016-07-01', '2016-12-31')], [lsf('2016-08-01', '2016-12-31')]], []],
    ['from 1 August 2016 counted', [[lsf('2016-08-01', '2016-12-31')], [lsf('2016-08-01', '2016-12-31')]], ['2016-08-01']],
  ])('%s', (_n, perAim, values) => {
    const f = run(perAim);
    expect(f.map((x) => x.value)).toEqual(values);
    for (const x of f) expect(x).toMatchObject({ rule: 'R_106', field: 'LearnDelFAMDateFrom' });
  });

  it("marks the other aim's LSF as related", () => {
    const f = run([[lsf('2025-08-01', '2025-12-31')], [lsf('2025-10-01', '2026-06-30')]]);
    expect(f.map((x) => [x.aimSeqNumber, x.related?.map((r) => `${r.aimSeqNumber}:${r.field}=${r.value}`)])).toEqual([['2', ['1:LearnDelFAMDateTo=2025-12-31']]]);
  });
});

describe("2020-21 (the same check in ESFA's 2020-21 service)", () => {
  it.each<[string, RecordSpec[][], number]>([
    ['overlapping LSF on two aims', [[lsf('2018-08-01', '2018-10-01')], [lsf('2018-09-01', '2018-12-01')]], 1],
    ['consecutive LSF', [[lsf('2018-08-01', '2018-08-31')], [lsf('2018-09-01', '2018-12-01')]], 0],
  ])('%s', (_n, perAim, n) => expect(run(perAim, '2021')).toHaveLength(n));
});
