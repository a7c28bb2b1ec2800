import type { RecordSpec } from '../../model/build';
import { aim, learnerFindings } from './cross-testing';
import { R_31 } from './R_31';

const std = (seq: number, aimType: number, stdCode: number, extra: RecordSpec = {}) => aim(seq, { AimType: aimType, ProgType: 25, StdCode: stdCode, FundModel: 36, ...extra });

describe('R_31: an open programme aim needs a component aim of the same programme', () => {
  it.each<[string, RecordSpec[], number]>([
    ['open programme with its component', [std(1, 1, 100), std(2, 3, 100)], 0],
    ['open programme alone', [std(1, 1, 100)], 1],
    ['component of another standard', [std(1, 1, 100), std(2, 3, 101)], 1],
    ['closed programme alone', [std(1, 1, 100, { LearnActEndDate: '2025-12-01', CompStatus: 3 })], 0],
    ['a core aim (AimType 5) is not a component', [aim(1, { AimType: 1, ProgType: 31, FundModel: 25 }), aim(2, { AimType: 5, ProgType: 31, FundModel: 25 })], 1],
  ])('%s', (_n, aims, n) => {
    const f = learnerFindings(R_31, { LearningDelivery: aims });
    expect(f).toHaveLength(n);
    for (const x of f) expect(x).toMatchObject({ rule: 'R_31', field: 'AimType', value: '1', aimSeqNumber: '1' });
  });
});

describe('2020-21 (ESFA 2020-21 service cases)', () => {
  const fw = (seq: number, aimType: number, progType: number, code = 1, extra: RecordSpec = {}): RecordSpec =>
    aim(seq, { LearnStartDate: '2020-09-01', AimType: aimType, ProgType: progType, FworkCode: code, PwayCode: code, ...extra });
  it.each<[string, RecordSpec[], number]>([
    ['ValidationPasses: a component (3) and a core aim (5) match', [fw(1, 1, 1), fw(2, 3, 1), fw(3, 1, 2, 2), fw(4, 5, 2, 2)], 0],
    ['ValidationSingleDeliveryFails', [fw(1, 1, 1)], 1],
    ['ValidationFails: AimTypes 6 and 4 are not components', [fw(1, 1, 1), fw(2, 6, 1), fw(3, 4, 1)], 1],
    ['ValidationFails_withCorrect_AimSequenceNumber', [fw(1, 1, 1), fw(2, 2, 1), fw(3, 3, 2)], 1],
    ['LearnActEndDateIsIgnored: a closed programme aim', [fw(1, 1, 25, 1, { LearnActEndDate: '2020-12-01' }), fw(2, 2, 25)], 0],
  ])('%s', (_n, aims, n) => {
    const f = learnerFindings(R_31, { LearningDelivery: aims }, '2021');
    expect(f).toHaveLength(n);
    for (const x of f) expect(x).toMatchObject({ rule: 'R31', aimSeqNumber: '1' });
  });
});
