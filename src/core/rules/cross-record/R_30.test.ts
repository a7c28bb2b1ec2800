import type { RecordSpec } from '../../model/build';
import { aim, learnerFindings } from './cross-testing';
import { R_30 } from './R_30';

const std = (seq: number, aimType: number, stdCode: number, extra: RecordSpec = {}) => aim(seq, { AimType: aimType, ProgType: 25, StdCode: stdCode, FundModel: 36, ...extra });

describe('R_30: a component aim needs a programme aim of the same programme', () => {
  it.each<[string, RecordSpec[], number]>([
    ['component with its programme aim', [std(1, 1, 100), std(2, 3, 100)], 0],
    ['component alone', [std(2, 3, 100)], 1],
    ['programme aim of another standard', [std(1, 1, 101), std(2, 3, 100)], 1],
    ['programme aim of another ProgType', [aim(1, { AimType: 1, ProgType: 31, FundModel: 25 }), aim(2, { AimType: 3, ProgType: 30, FundModel: 25 })], 1],
    ['T Level component with its programme aim (no StdCode)', [aim(1, { AimType: 1, ProgType: 31, FundModel: 25 }), aim(2, { AimType: 3, ProgType: 31, FundModel: 25 })], 0],
    ['two components, one programme aim', [std(1, 1, 100), std(2, 3, 100), std(3, 3, 100)], 0],
    ['not a component (AimType 4)', [aim(1)], 0],
  ])('%s', (_n, aims, n) => {
    const f = learnerFindings(R_30, { LearningDelivery: aims });
    expect(f).toHaveLength(n);
    for (const x of f) expect(x).toMatchObject({ rule: 'R_30', field: 'AimType', value: '3', aimSeqNumber: '2' });
  });
});

describe('2020-21 (ESFA 2020-21 service cases)', () => {
  const fw = (seq: number, aimType: number, progType: number): RecordSpec => aim(seq, { LearnStartDate: '2020-09-01', AimType: aimType, ProgType: progType, FworkCode: 1, PwayCode: 1 });
  it.each<[string, RecordSpec[], number, string]>([
    ['ValidationPasses: component 3 and programme 1 of ProgType 1, framework 1, pathway 1', [fw(1, 3, 1), fw(2, 1, 1)], 0, ''],
    ['ValidationSingleDeliveryFails: a component alone', [fw(1, 3, 1)], 1, '1'],
    ['ValidationFails_WithCorrectAimSequenceNumber: programme aims are of ProgType 2', [fw(1, 3, 1), fw(2, 2, 1), fw(3, 4, 1), fw(4, 1, 2), fw(5, 1, 2)], 1, '1'],
    ['ProgType25IsIgnored', [fw(1, 3, 25), fw(2, 2, 25)], 0, ''],
    ['a standard component alone is checked for 2025-26 only', [aim(1, { LearnStartDate: '2020-09-01', AimType: 3, ProgType: 25, StdCode: 1 })], 0, ''],
  ])('%s', (_n, aims, n, seq) => {
    const f = learnerFindings(R_30, { LearningDelivery: aims }, '2021');
    expect(f).toHaveLength(n);
    if (seq) expect(f[0]).toMatchObject({ rule: 'R30', aimSeqNumber: seq });
  });
});
