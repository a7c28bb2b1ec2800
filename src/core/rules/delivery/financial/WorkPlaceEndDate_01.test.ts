import { aimFindings, yearFindings } from '../delivery-testing';
import { WorkPlaceEndDate_01 } from './WorkPlaceEndDate_01';

const placement = (end?: string, start = '2025-10-01') => ({ LearnAimRef: 'ZWRKX001', LearningDeliveryWorkPlacement: [{ WorkPlaceStartDate: start, WorkPlaceMode: 1, ...(end ? { WorkPlaceEndDate: end } : {}) }] });

describe('WorkPlaceEndDate_01: a placement ends on or after it starts (2025-10-01)', () => {
  it.each([['2025-09-30', 1], ['2025-10-01', 0], ['2025-10-02', 0]])('ends %s', (end, n) => {
    const f = aimFindings(WorkPlaceEndDate_01, placement(end));
    expect(f).toHaveLength(n);
    if (n) expect(f[0]).toMatchObject({ entity: 'LearningDeliveryWorkPlacement', field: 'WorkPlaceEndDate', related: [{ field: 'WorkPlaceStartDate', value: '2025-10-01' }] });
  });
  it('no end date', () => expect(aimFindings(WorkPlaceEndDate_01, placement())).toHaveLength(0));
  it('2020-21: the same rule', () => expect(yearFindings(WorkPlaceEndDate_01, '2021', placement('2020-09-30', '2020-10-01'))).toHaveLength(1));
});
