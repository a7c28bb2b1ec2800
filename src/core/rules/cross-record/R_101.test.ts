import type { RecordSpec } from '../../model/build';
import { aim, learnerFindings, relatedOf } from './cross-testing';
import { R_101 } from './R_101';

const act = (from: string, to?: string, code = '1'): RecordSpec => ({ LearnDelFAMType: 'ACT', LearnDelFAMCode: code, LearnDelFAMDateFrom: from, ...(to ? { LearnDelFAMDateTo: to } : {}) });
const run = (perAim: RecordSpec[][], year = '2526') =>
  learnerFindings(R_101, { LearningDelivery: perAim.map((fams, i) => aim(i + 1, { FundModel: 36, LearnStartDate: year === '2526' ? '2025-08-01' : '2018-08-01', LearningDeliveryFAM: fams })) }, year);

describe('R_101: overlapping ACT records of an aim', () => {
  it.each<[string, RecordSpec[][], string[]]>([
    ['one ACT, open', [[act('2025-08-01')]], []],
    ['consecutive', [[act('2025-08-01', '2025-12-31'), act('2026-01-01')]], []],
    ['the earlier ends on the day the next starts', [[act('2025-08-01', '2026-01-01'), act('2026-01-01')]], ['2026-01-01']],
    ['the earlier ends after the next starts', [[act('2025-08-01', '2026-02-01'), act('2026-01-01')]], ['2026-02-01']],
    ['the earlier has no DateTo', [[act('2025-08-01'), act('2026-01-01', undefined, '2')]], [undefined as unknown as string]],
    ['in another order in the file', [[act('2026-01-01'), act('2025-08-01', '2026-02-01')]], ['2026-02-01']],
    ['ACT on two aims at once (R_105 for different codes)', [[act('2025-08-01')], [act('2025-08-01')]], []],
  ])('%s', (_n, perAim, values) => {
    const f = run(perAim);
    expect(f.map((x) => x.value)).toEqual(values);
    for (const x of f) expect(x).toMatchObject({ rule: 'R_101', field: 'LearnDelFAMDateTo', aimSeqNumber: '1' });
  });

  it("marks the next record's DateFrom as related", () => {
    expect(run([[act('2025-08-01', '2026-02-01'), act('2026-01-01')]]).map(relatedOf)).toEqual([['LearnDelFAMDateFrom=2026-01-01']]);
  });
});

describe('2020-21 (ESFA 2020-21 service cases)', () => {
  const esfa = [act('2018-08-01', '2018-08-31'), act('2018-09-01', '2018-09-02'), act('2018-09-02')];
  it.each<[string, RecordSpec[][], number]>([
    ['Validate_Error: 08-01–08-31, 09-01–09-02, 09-02–: the second overlaps the third; aim 2 has none', [esfa, []], 1],
    ['Validate_Error_MultipleDelivieries: the same records on two aims', [esfa, esfa], 2],
    ['Validate_NoError: consecutive', [[act('2018-08-01', '2018-08-31'), act('2018-09-01')]], 0],
    ['an aim with fewer than two ACT records stops the check (later aims not checked)', [[act('2018-08-01')], esfa], 0],
  ])('%s', (_n, perAim, n) => expect(run(perAim, '2021')).toHaveLength(n));

  it('2025-26 checks every aim', () => {
    expect(run([[act('2025-08-01')], [act('2025-08-01', '2025-08-31'), act('2025-08-15')]])).toHaveLength(1);
  });
});
