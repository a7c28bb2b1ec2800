import type { RecordSpec } from '../../model/build';
import { findingsOf, learnerWith } from '../testing';
import { AimType_01 } from './AimType_01';
import { FundModel_01 } from './FundModel_01';
import { WorkPlaceMode_01 } from './WorkPlaceMode_01';

const aim = (fields: RecordSpec) => learnerWith({}, [{ LearnAimRef: 'ZPROG001', AimSeqNumber: 2, AimType: 1, FundModel: 35, ...fields } ]);

describe('AimType_01: the aim type must be a valid code', () => {
  it.each([
    [1, false],
    [5, false],
    [2, true],
    [0, true],
  ])('%p', (value, fires) => {
    for (const year of ['2526', '2021']) {
      const f = findingsOf(AimType_01, year, aim({ AimType: value }));
      expect(f).toHaveLength(fires ? 1 : 0);
      if (fires) expect(f[0]).toMatchObject({ entity: 'LearningDelivery', field: 'AimType', aimSeqNumber: '2', value: String(value) });
    }
  });
});

describe('FundModel_01: the funding model must be a valid code', () => {
  it.each([
    [35, false],
    [99, false],
    [12, true],
    [1, true],
  ])('%p', (value, fires) => {
    expect(findingsOf(FundModel_01, '2526', aim({ FundModel: value }))).toHaveLength(fires ? 1 : 0);
  });
});

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
