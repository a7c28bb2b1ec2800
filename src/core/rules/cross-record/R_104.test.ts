import type { RecordSpec } from '../../model/build';
import { aim, learnerFindings, relatedOf } from './cross-testing';
import { R_104 } from './R_104';

const act = (from?: string, to?: string): RecordSpec => ({ LearnDelFAMType: 'ACT', LearnDelFAMCode: '1', ...(from ? { LearnDelFAMDateFrom: from } : {}), ...(to ? { LearnDelFAMDateTo: to } : {}) });
const run = (fams: RecordSpec[], year = '2526') => learnerFindings(R_104, { LearningDelivery: [aim(1, { FundModel: 36, LearningDeliveryFAM: fams })] }, year);

describe('R_104: ACT records follow on from each other', () => {
  it.each<[string, RecordSpec[], string[]]>([
    ['the next starts the day after', [act('2025-08-01', '2025-12-31'), act('2026-01-01')], []],
    ['across a month end', [act('2025-08-01', '2026-02-28'), act('2026-03-01')], []],
    ['a gap of a day', [act('2025-08-01', '2025-12-30'), act('2026-01-01')], ['2026-01-01']],
    ['the next starts on the end day', [act('2025-08-01', '2026-01-01'), act('2026-01-01')], ['2026-01-01']],
    ['the earlier has no DateTo', [act('2025-08-01'), act('2026-01-01')], ['2026-01-01']],
    ['in another order in the file', [act('2026-01-01'), act('2025-08-01', '2025-12-30')], ['2026-01-01']],
    ['one record', [act('2025-08-01')], []],
    ['a record without a DateFrom is not checked', [act('2025-08-01', '2025-12-31'), act()], []],
  ])('%s', (_n, fams, values) => {
    const f = run(fams);
    expect(f.map((x) => x.value)).toEqual(values);
    for (const x of f) expect(x).toMatchObject({ rule: 'R_104', field: 'LearnDelFAMDateFrom' });
  });

  it("marks the previous record's DateTo as related", () => {
    expect(run([act('2025-08-01', '2025-12-30'), act('2026-01-01')]).map(relatedOf)).toEqual([['LearnDelFAMDateTo=2025-12-30']]);
  });
});

describe("2020-21 (the same check in ESFA's 2020-21 service)", () => {
  it.each<[string, RecordSpec[], number]>([
    ['2018-08-01–2018-08-31 then 2018-09-01', [act('2018-08-01', '2018-08-31'), act('2018-09-01')], 0],
    ['2018-08-01–2018-08-30 then 2018-09-01', [act('2018-08-01', '2018-08-30'), act('2018-09-01')], 1],
  ])('%s', (_n, fams, n) => expect(run(fams, '2021')).toHaveLength(n));
});
