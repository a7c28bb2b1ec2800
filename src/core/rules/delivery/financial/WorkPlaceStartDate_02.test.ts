import { aimFindings, yearFindings } from '../delivery-testing';
import { WorkPlaceStartDate_02 } from './WorkPlaceStartDate_02';

const aim = (start: string) => ({ LearnAimRef: 'ZWRKX001', LearningDeliveryWorkPlacement: [{ WorkPlaceStartDate: start, WorkPlaceMode: 1 }] });

describe('WorkPlaceStartDate_02: a placement starts on or after the aim (2025-09-01)', () => {
  it.each([['2025-08-31', 1], ['2025-09-01', 0], ['2025-09-02', 0]])('starts %s', (start, n) => {
    const f = aimFindings(WorkPlaceStartDate_02, aim(start));
    expect(f).toHaveLength(n);
    if (n) expect(f[0]).toMatchObject({ entity: 'LearningDeliveryWorkPlacement', field: 'WorkPlaceStartDate', related: [{ field: 'LearnStartDate', value: '2025-09-01' }] });
  });
  it('2020-21: the same rule', () => expect(yearFindings(WorkPlaceStartDate_02, '2021', aim('2020-08-31'))).toHaveLength(1));
});
