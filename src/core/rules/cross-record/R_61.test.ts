import type { RecordSpec } from '../../model/build';
import { aim, learnerFindings, relatedOf } from './cross-testing';
import { R_61 } from './R_61';

const fam = (type: string, from: string, to?: string): RecordSpec => ({ LearnDelFAMType: type, LearnDelFAMCode: '1', LearnDelFAMDateFrom: from, ...(to ? { LearnDelFAMDateTo: to } : {}) });
const run = (fams: RecordSpec[], year = '2526') => learnerFindings(R_61, { LearningDelivery: [aim(1, { LearnStartDate: year === '2526' ? '2025-08-01' : '2018-08-01', LearningDeliveryFAM: fams })] }, year);

describe('R_61: overlapping LSF or ALB records of an aim', () => {
  it.each<[string, RecordSpec[], string[]]>([
    ['LSF: next starts the day after', [fam('LSF', '2025-08-01', '2025-08-31'), fam('LSF', '2025-09-01', '2025-12-31')], []],
    ['LSF: the earlier ends on the day the next starts', [fam('LSF', '2025-08-01', '2025-09-01'), fam('LSF', '2025-09-01', '2025-12-31')], []],
    ['LSF: the earlier ends after the next starts', [fam('LSF', '2025-08-01', '2025-09-02'), fam('LSF', '2025-09-01', '2025-12-31')], ['2025-09-01']],
    ['LSF: the earlier has no DateTo', [fam('LSF', '2025-08-01'), fam('LSF', '2025-09-01', '2025-12-31')], ['2025-09-01']],
    ['in another order in the file', [fam('LSF', '2025-09-01', '2025-12-31'), fam('LSF', '2025-08-01', '2025-09-02')], ['2025-09-01']],
    ['ALB overlapping', [fam('ALB', '2025-08-01', '2025-09-02'), fam('ALB', '2025-09-01', '2025-12-31')], ['2025-09-01']],
    ['an LSF and an ALB at the same time: types apart', [fam('LSF', '2025-08-01', '2025-12-31'), fam('ALB', '2025-09-01', '2025-12-31')], []],
    ['other types are not checked', [fam('HHS', '2025-08-01', '2025-12-31'), fam('HHS', '2025-09-01', '2025-12-31')], []],
  ])('%s', (_n, fams, values) => {
    const f = run(fams);
    expect(f.map((x) => x.value)).toEqual(values);
    for (const x of f) expect(x).toMatchObject({ rule: 'R_61', field: 'LearnDelFAMDateFrom', aimSeqNumber: '1' });
  });

  it("marks the earlier record's DateTo as related", () => {
    expect(run([fam('LSF', '2025-08-01', '2025-09-02'), fam('LSF', '2025-09-01')]).map(relatedOf)).toEqual([['LearnDelFAMDateTo=2025-09-02']]);
  });
});

describe('2020-21 (ESFA 2020-21 service cases)', () => {
  it.each<[string, RecordSpec[], string[]]>([
    ['Validate_Error: LSF 2018-08-01–08-31, 09-01–09-02, 09-02–: the third overlaps the second', [fam('LSF', '2018-08-01', '2018-08-31'), fam('LSF', '2018-09-01', '2018-09-02'), fam('LSF', '2018-09-02')], ['2018-09-02']],
    ['ALB records are not checked in 2020-21', [fam('ALB', '2018-08-01', '2018-09-02'), fam('ALB', '2018-09-01')], []],
    ['LSF consecutive', [fam('LSF', '2018-08-01', '2018-08-31'), fam('LSF', '2018-09-01', '2018-09-02')], []],
  ])('%s', (_n, fams, values) => expect(run(fams, '2021').map((x) => x.value)).toEqual(values));
});
