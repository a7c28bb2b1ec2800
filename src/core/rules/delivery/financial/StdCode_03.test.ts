import { aimFindings, yearFindings } from '../delivery-testing';
import { StdCode_03 } from './StdCode_03';

describe('StdCode_03: a standard code only on a standard', () => {
  it.each([
    ['ProgType 24 with', { ProgType: 24, StdCode: 123 }, 1],
    ['no ProgType with', { StdCode: 123 }, 1],
    ['ProgType 25 with', { ProgType: 25, FundModel: 36, StdCode: 123 }, 0],
    ['ProgType 24 without', { ProgType: 24 }, 0],
  ])('%s', (_n, fields, n) => {
    const f = aimFindings(StdCode_03, fields);
    expect(f).toHaveLength(n);
    if (n) expect(f[0]).toMatchObject({ field: 'StdCode', value: '123' });
  });
  it('2020-21: the same rule', () => expect(yearFindings(StdCode_03, '2021', { ProgType: 24, StdCode: 1 })).toHaveLength(1));
});
