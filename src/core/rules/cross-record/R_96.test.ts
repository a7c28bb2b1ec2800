import { aim, learnerFindings } from './cross-testing';
import { R_96 } from './R_96';

const wp = (start: string, emp?: string) => ({ WorkPlaceStartDate: start, WorkPlaceMode: 1, ...(emp ? { WorkPlaceEmpId: emp } : {}) });

describe('R_96: two work placements of the learner with the same start date', () => {
  it.each([
    ['different dates on one aim', [[wp('2025-10-01'), wp('2025-10-02')]], 0],
    ['same date on one aim, different employers', [[wp('2025-10-01', '1'), wp('2025-10-01', '2')]], 2],
    ['same date on two aims', [[wp('2025-10-01')], [wp('2025-10-01')]], 2],
    ['one placement', [[wp('2025-10-01')]], 0],
  ])('%s', (_n, perAim, n) => {
    const f = learnerFindings(R_96, { LearningDelivery: perAim.map((w, i) => aim(i + 1, { LearningDeliveryWorkPlacement: w })) });
    expect(f).toHaveLength(n);
    for (const x of f) expect(x).toMatchObject({ rule: 'R_96', field: 'WorkPlaceStartDate' });
  });

  it('marks the other aim\'s placement as related', () => {
    const f = learnerFindings(R_96, { LearningDelivery: [aim(1, { LearningDeliveryWorkPlacement: [wp('2025-10-01')] }), aim(2, { LearningDeliveryWorkPlacement: [wp('2025-10-01')] })] });
    expect(f.map((x) => [x.aimSeqNumber, x.related?.map((r) => r.aimSeqNumber)])).toEqual([
      ['1', ['2']],
      ['2', ['1']],
    ]);
  });
});

describe('2020-21 (the same check in ESFA\'s 2020-21 service)', () => {
  it.each([
    ['2018-08-01 twice', [[wp('2018-08-01'), wp('2018-08-01')]], 2],
    ['2018-08-01 and 2018-09-01', [[wp('2018-08-01')], [wp('2018-09-01')]], 0],
  ])('%s', (_n, perAim, n) => expect(learnerFindings(R_96, { LearningDelivery: perAim.map((w, i) => aim(i + 1, { LearnStartDate: '2020-09-01', LearningDeliveryWorkPlacement: w })) }, '2021')).toHaveLength(n));
});
