import type { RecordSpec } from '../../model/build';
import { findingsOf, learnerWith } from '../testing';
import { FundModel_01 } from './FundModel_01';

const aim = (fields: RecordSpec) => learnerWith({}, [{ LearnAimRef: 'ZPROG001', AimSeqNumber: 2, AimType: 1, FundModel: 35, ...fields } ]);

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
