import { aimFindings, yearFindings } from '../delivery-testing';
import { WorkPlaceEmpId_02 } from './WorkPlaceEmpId_02';

const placement = (id?: string) => ({ LearnAimRef: 'ZWRKX001', LearningDeliveryWorkPlacement: [{ WorkPlaceStartDate: '2025-10-01', WorkPlaceMode: 1, ...(id ? { WorkPlaceEmpId: id } : {}) }] });

describe('WorkPlaceEmpId_02: the placement employer identifier passes its check digit', () => {
  // 10000000: 9×1 = 9, 11 − 9 = 2 → 100000002 passes.
  it.each([
    ['100000002', 0],
    ['100000003', 1],
    ['999999999 (temporary)', 0],
    ['12345', 1],
  ])('%s', (id, n) => {
    const value = id.split(' ')[0]!;
    const f = aimFindings(WorkPlaceEmpId_02, placement(value));
    expect(f).toHaveLength(n);
    if (n) expect(f[0]).toMatchObject({ entity: 'LearningDeliveryWorkPlacement', field: 'WorkPlaceEmpId', value, aimSeqNumber: '1' });
  });
  it('not returned', () => expect(aimFindings(WorkPlaceEmpId_02, placement())).toHaveLength(0));
  it('2020-21: the same rule', () => expect(yearFindings(WorkPlaceEmpId_02, '2021', placement('100000003'))).toHaveLength(1));
});
