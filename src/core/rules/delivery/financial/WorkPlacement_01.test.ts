import { aimFindings, yearFindings } from '../delivery-testing';
import { WorkPlacement_01 } from './WorkPlacement_01';

describe('WorkPlacement_01: a T Level industry placement aim has a placement record', () => {
  it.each([
    ['ZWRKX003 without', { LearnAimRef: 'ZWRKX003' }, 1],
    ['ZWRKX003 with', { LearnAimRef: 'ZWRKX003', LearningDeliveryWorkPlacement: [{ WorkPlaceStartDate: '2025-10-01', WorkPlaceMode: 1 }] }, 0],
    ['ZWRKX002 without', { LearnAimRef: 'ZWRKX002' }, 0],
  ])('%s', (_n, fields, n) => {
    const f = aimFindings(WorkPlacement_01, fields);
    expect(f).toHaveLength(n);
    if (n) expect(f[0]).toMatchObject({ entity: 'LearningDeliveryWorkPlacement', field: 'WorkPlaceStartDate', aimSeqNumber: '1' });
  });
  it('2020-21: the same rule', () => expect(yearFindings(WorkPlacement_01, '2021', { LearnAimRef: 'ZWRKX003' })).toHaveLength(1));
});
