import { aim, learnerFindings, relatedOf } from './cross-testing';
import { R_67 } from './R_67';

const wp = (start: string, emp?: string) => ({ WorkPlaceStartDate: start, WorkPlaceMode: 1, ...(emp ? { WorkPlaceEmpId: emp } : {}) });

describe('R_67: two work placements with the same start date and employer on an aim', () => {
  it.each([
    ['same date, different employers', [wp('2025-10-01', '154549452'), wp('2025-10-01', '154549453')], 0],
    ['same date and employer: both reported', [wp('2025-10-01', '154549452'), wp('2025-10-01', '154549452')], 2],
    ['same date, neither has an employer', [wp('2025-10-01'), wp('2025-10-01')], 2],
    ['same employer, different dates', [wp('2025-10-01', '154549452'), wp('2025-10-02', '154549452')], 0],
  ])('%s', (_n, wps, n) => {
    const f = learnerFindings(R_67, { LearningDelivery: [aim(1, { LearningDeliveryWorkPlacement: wps })] });
    expect(f).toHaveLength(n);
    for (const x of f) expect(x).toMatchObject({ rule: 'R_67', field: 'WorkPlaceStartDate', aimSeqNumber: '1' });
  });

  it('the same placement on two aims is R_96, not R_67', () => {
    expect(learnerFindings(R_67, { LearningDelivery: [aim(1, { LearningDeliveryWorkPlacement: [wp('2025-10-01', '1')] }), aim(2, { LearningDeliveryWorkPlacement: [wp('2025-10-01', '1')] })] })).toHaveLength(0);
  });

  it('marks the other record as related', () => {
    expect(learnerFindings(R_67, { LearningDelivery: [aim(1, { LearningDeliveryWorkPlacement: [wp('2025-10-01', '1'), wp('2025-10-01', '1')] })] }).map(relatedOf)).toEqual([
      ['WorkPlaceStartDate=2025-10-01'],
      ['WorkPlaceStartDate=2025-10-01'],
    ]);
  });
});

describe('2020-21 (the same check in ESFA\'s 2020-21 service)', () => {
  it.each([
    ['2018-08-01 with employer 1 twice', [wp('2018-08-01', '1'), wp('2018-08-01', '1')], 2],
    ['different employers', [wp('2018-08-01', '1'), wp('2018-08-01', '2')], 0],
  ])('%s', (_n, wps, n) => expect(learnerFindings(R_67, { LearningDelivery: [aim(1, { LearnStartDate: '2020-09-01', LearningDeliveryWorkPlacement: wps })] }, '2021')).toHaveLength(n));
});
