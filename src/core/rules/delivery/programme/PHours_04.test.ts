import { aimFindings, yearFindings } from '../delivery-testing';
import { PHours_04 } from './PHours_04';

const prog = { FundModel: 25, AimType: 1, ProgType: 31, LearnAimRef: 'ZPROG001' };

describe('PHours_04: T Level programme PHours above zero', () => {
  it.each([
    ['0', { ...prog, PHours: 0 }, 1],
    ['-1', { ...prog, PHours: -1 }, 1],
    ['1', { ...prog, PHours: 1 }, 0],
    ['not returned (PHours_03)', prog, 0],
    ['component aim with 0', { ...prog, AimType: 3, PHours: 0 }, 0],
    ['FundModel 99 with 0', { ...prog, FundModel: 99, PHours: 0 }, 0],
  ])('%s', (_n, fields, n) => expect(aimFindings(PHours_04, fields)).toHaveLength(n));
});

describe('2020-21 (the same rule)', () => {
  it.each([
    ['0', { ...prog, PHours: 0 }, 1],
    ['1', { ...prog, PHours: 1 }, 0],
  ])('%s', (_n, fields, n) => expect(yearFindings(PHours_04, '2021', fields)).toHaveLength(n));
});
