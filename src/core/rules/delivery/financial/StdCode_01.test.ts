import { aimFindings, yearFindings } from '../delivery-testing';
import { StdCode_01 } from './StdCode_01';

describe('StdCode_01: a standard has a standard code', () => {
  it.each([
    ['ProgType 25 without', { ProgType: 25, FundModel: 36 }, 1],
    ['ProgType 25 with', { ProgType: 25, FundModel: 36, StdCode: 123 }, 0],
    ['ProgType 24 without', { ProgType: 24 }, 0],
    ['no ProgType', {}, 0],
  ])('%s', (_n, fields, n) => {
    const f = aimFindings(StdCode_01, fields);
    expect(f).toHaveLength(n);
    if (n) expect(f[0]).toMatchObject({ field: 'StdCode' });
  });
  it('2020-21: the same rule', () => expect(yearFindings(StdCode_01, '2021', { ProgType: 25 })).toHaveLength(1));
});
