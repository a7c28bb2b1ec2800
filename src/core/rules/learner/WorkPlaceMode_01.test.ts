import type { RecordSpec } from '../../model/build';
import { findingsOf, learnerWith } from '../testing';
import { WorkPlaceMode_01 } from './WorkPlaceMode_01';

const aim = (fields: RecordSpec) => learnerWith({}, [{ LearnAimRef: 'ZPROG001', AimSeqNumber: 2, AimType: 1, FundModel: 35, ...fields } ]);

describe('WorkPlaceMode_01: the work placement mode must be a valid code', () => {
  it.each([
    [1, false],
    [2, false],
    [3, true],
  ])('%p', (value, fires) => {
    const f = findingsOf(WorkPlaceMode_01, '2526', aim({ LearningDeliveryWorkPlacement: [{ WorkPlaceStartDate: '2025-10-01', WorkPlaceHours: 10, WorkPlaceMode: value }] }));
    expect(f).toHaveLength(fires ? 1 : 0);
    if (fires) expect(f[0]).toMatchObject({ entity: 'LearningDeliveryWorkPlacement', field: 'WorkPlaceMode', aimSeqNumber: '2' });
  });
});
