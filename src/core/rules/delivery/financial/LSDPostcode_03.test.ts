import { aimFindings, yearFindings } from '../delivery-testing';
import { LSDPostcode_03 } from './LSDPostcode_03';

describe('LSDPostcode_03: the learning start postcode, if returned, is in the postcode format', () => {
  it.each([
    ['ZZ99 9ZZ', 0], ['M1 1AE', 0], ['EC1A 1BB', 0], ['M11AE', 1], ['EC1A 1BO', 1], ['m1 1ae', 1],
  ])('%s', (pc, n) => {
    const f = aimFindings(LSDPostcode_03, { LSDPostcode: pc });
    expect(f).toHaveLength(n);
    if (n) expect(f[0]).toMatchObject({ field: 'LSDPostcode', value: pc });
  });
  it('not returned', () => expect(aimFindings(LSDPostcode_03, {})).toHaveLength(0));
  it('2020-21: the same rule', () => expect(yearFindings(LSDPostcode_03, '2021', { LSDPostcode: 'M11AE' })).toHaveLength(1));
});
