import type { RecordSpec } from '../../model/build';
import { aim, learnerFindings, relatedOf } from './cross-testing';
import { R_102 } from './R_102';

const act = (from?: string, to?: string): RecordSpec => ({ LearnDelFAMType: 'ACT', LearnDelFAMCode: '1', ...(from ? { LearnDelFAMDateFrom: from } : {}), ...(to ? { LearnDelFAMDateTo: to } : {}) });
const run = (fams: RecordSpec[], year = '2526', start = '2025-09-01') => learnerFindings(R_102, { LearningDelivery: [aim(1, { FundModel: 36, LearnStartDate: start, LearningDeliveryFAM: fams })] }, year);

describe('R_102: an ACT from the first day of the aim', () => {
  it.each<[string, RecordSpec[], number]>([
    ['ACT from the start date', [act('2025-09-01')], 0],
    ['ACT from the day after', [act('2025-09-02')], 1],
    ['ACT from the day before', [act('2025-08-31')], 1],
    ['two ACTs, the second from the start date', [act('2025-08-01', '2025-08-31'), act('2025-09-01')], 0],
    ['no ACT', [{ LearnDelFAMType: 'SOF', LearnDelFAMCode: '105' }], 0],
    ['ACT without a DateFrom', [act()], 1],
  ])('%s', (_n, fams, n) => {
    const f = run(fams);
    expect(f).toHaveLength(n);
    for (const x of f) expect(x).toMatchObject({ rule: 'R_102', field: 'LearnDelFAMDateFrom', aimSeqNumber: '1' });
  });

  it("marks the aim's start date as related", () => {
    expect(run([act('2025-09-02')]).map(relatedOf)).toEqual([['LearnStartDate=2025-09-01']]);
  });
});

describe("2020-21 (the same check in ESFA's 2020-21 service)", () => {
  it.each<[string, RecordSpec[], number]>([
    ['start 2018-08-01, ACT from 2018-08-01', [act('2018-08-01')], 0],
    ['start 2018-08-01, ACT from 2018-09-01', [act('2018-09-01')], 1],
  ])('%s', (_n, fams, n) => expect(run(fams, '2021', '2018-08-01')).toHaveLength(n));
});
