import { aimFindings, yearFindings } from '../delivery-testing';
import { WorkPlaceEndDate_02 } from './WorkPlaceEndDate_02';

const aim = (end?: string, actEnd: string | null = '2026-03-31') => ({
  LearnAimRef: 'ZWRKX001', CompStatus: actEnd ? 2 : 1, LearnActEndDate: actEnd, Outcome: actEnd ? 1 : null,
  LearningDeliveryWorkPlacement: [{ WorkPlaceStartDate: '2025-10-01', WorkPlaceMode: 1, ...(end ? { WorkPlaceEndDate: end } : {}) }],
});

describe('WorkPlaceEndDate_02: a placement ends by the aim actual end date (2026-03-31)', () => {
  it.each([['2026-03-30', 0], ['2026-03-31', 0], ['2026-04-01', 1]])('ends %s', (end, n) => {
    const f = aimFindings(WorkPlaceEndDate_02, aim(end));
    expect(f).toHaveLength(n);
    if (n) expect(f[0]).toMatchObject({ entity: 'LearningDeliveryWorkPlacement', field: 'WorkPlaceEndDate', related: [{ entity: 'LearningDelivery', field: 'LearnActEndDate' }] });
  });
  it('no actual end date', () => expect(aimFindings(WorkPlaceEndDate_02, aim('2026-04-01', null))).toHaveLength(0));
  it('no placement end date', () => expect(aimFindings(WorkPlaceEndDate_02, aim())).toHaveLength(0));
  it('2020-21: the same rule', () => expect(yearFindings(WorkPlaceEndDate_02, '2021', aim('2021-04-01', '2021-03-31'))).toHaveLength(1));
});
