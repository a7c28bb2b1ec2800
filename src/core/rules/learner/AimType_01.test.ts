import type { RecordSpec } from '../../model/build';
import { findingsOf, learnerWith } from '../testing';
import { AimType_01 } from './AimType_01';

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
