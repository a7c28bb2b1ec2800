import { aimFindings, yearFindings } from '../delivery-testing';
import { WorkPlaceStartDate_01 } from './WorkPlaceStartDate_01';

const PLACEMENT = [{ WorkPlaceStartDate: '2025-10-01', WorkPlaceMode: 1 }];

describe('WorkPlaceStartDate_01: a work placement aim has a placement record', () => {
  it.each([
    ['Z0007834 without', { LearnAimRef: 'Z0007834' }, 1],
    ['ZWRKX002 without', { LearnAimRef: 'ZWRKX002' }, 1],
    ['zwrkx001 (any case) without', { LearnAimRef: 'zwrkx001' }, 1],
    ['Z0002347 with', { LearnAimRef: 'Z0002347', LearningDeliveryWorkPlacement: PLACEMENT }, 0],
    ['ZWRKX003 without (WorkPlacement_01)', { LearnAimRef: 'ZWRKX003' }, 0],
    ['another aim without', { LearnAimRef: '60146394' }, 0],
    ['started 2014-07-31', { LearnAimRef: 'Z0007834', LearnStartDate: '2014-07-31' }, 0],
    ['started 2014-08-01', { LearnAimRef: 'Z0007834', LearnStartDate: '2014-08-01' }, 1],
  ])('%s', (_n, fields, n) => {
    const f = aimFindings(WorkPlaceStartDate_01, fields);
    expect(f).toHaveLength(n);
    if (n) expect(f[0]).toMatchObject({ entity: 'LearningDeliveryWorkPlacement', field: 'WorkPlaceStartDate', aimSeqNumber: '1' });
  });
  it('2020-21: the same rule', () => expect(yearFindings(WorkPlaceStartDate_01, '2021', { LearnAimRef: 'ZWRKX001' })).toHaveLength(1));
});
