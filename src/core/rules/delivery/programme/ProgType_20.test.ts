import { aimFindings, yearFindings } from '../delivery-testing';
import { ProgType_20 } from './ProgType_20';

const core = { LearnAimRef: 'ZTPR0001', AimType: 5, FundModel: 25 };

describe('ProgType_20: ZTPR aims are in a foundation year (ProgType 30)', () => {
  it.each([
    ['ProgType 30', { ...core, ProgType: 30 }, 0],
    ['ProgType 31', { ...core, ProgType: 31 }, 1],
    ['no ProgType', core, 1],
    ['lower case, no ProgType', { ...core, LearnAimRef: 'ztpr0001' }, 1],
    ['another aim, no ProgType', { ...core, LearnAimRef: '60146394' }, 0],
  ])('%s', (_n, fields, n) => expect(aimFindings(ProgType_20, fields)).toHaveLength(n));
  it('does not exist in 2020-21', () => expect(yearFindings(ProgType_20, '2021', core)).toHaveLength(0));
});
