import { findingsOf, learnerWith } from '../../testing';
import { BASE_AIM, BASE_AIM_2021 } from '../delivery-testing';
import type { RecordSpec } from '../../../model/build';
import { ProgType_18 } from './ProgType_18';

const run = (year: string, aims: RecordSpec[]) =>
  findingsOf(ProgType_18, year, learnerWith({}, aims.map((a, i) => ({ ...(year === '2021' ? BASE_AIM_2021 : BASE_AIM), AimSeqNumber: i + 1, ...a }))));
const prog = { AimType: 1, ProgType: 30, FundModel: 25, LearnAimRef: 'ZPROG001' };
const core = { AimType: 5, ProgType: 30, FundModel: 25, LearnAimRef: 'ZTPR0001' };

describe('ProgType_18: a foundation year programme has its ZTPR core aim', () => {
  it.each([
    ['programme with the ZTPR core aim', [prog, core], 0],
    ['programme without a core aim', [prog], 1],
    ['programme with another core aim', [prog, { ...core, LearnAimRef: '60146394' }], 1],
    ['programme with a ZTPR aim that is not the core aim', [prog, { ...core, AimType: 3 }], 1],
    ['two ProgType 30 aims, no core aim: reported once', [prog, { ...prog, AimType: 3, LearnAimRef: '60146394' }], 1],
    ['no ProgType 30', [{ ...prog, ProgType: 31 }], 0],
  ])('%s', (_n, aims, n) => expect(run('2526', aims)).toHaveLength(n));
});

describe('2020-21 (the same rule)', () => {
  it.each([
    ['programme without a core aim', [prog], 1],
    ['programme with the ZTPR core aim', [prog, core], 0],
  ])('%s', (_n, aims, n) => expect(run('2021', aims)).toHaveLength(n));
});
