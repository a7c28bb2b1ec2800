import { aimFindings, yearFindings } from '../delivery-testing';
import { AimType_08 } from './AimType_08';

describe('AimType_08: a ZTPR aim must be the core aim', () => {
  it.each([
    ['ZTPR aim, AimType 4', { LearnAimRef: 'ZTPR0001', AimType: 4, FundModel: 25 }, 1],
    ['ZTPR aim in lower case, AimType 3', { LearnAimRef: 'ztpr0001', AimType: 3, FundModel: 25, ProgType: 30 }, 1],
    ['ZTPR aim, AimType 5', { LearnAimRef: 'ZTPR0001', AimType: 5, FundModel: 25 }, 0],
    ['another aim, AimType 4', { LearnAimRef: '60146394', AimType: 4, FundModel: 25 }, 0],
  ])('%s', (_n, fields, n) => expect(aimFindings(AimType_08, fields)).toHaveLength(n));
});

describe('2020-21: not run (ESFA 2020-21 AimType_08 read LARS)', () => {
  it('gives no finding for 2020-21', () => expect(yearFindings(AimType_08, '2021', { LearnAimRef: 'ZTPR0001', AimType: 4, ProgType: 31 })).toHaveLength(0));
});
