import { aimFindings } from '../delivery-testing';
import { Tlout_02 } from './Tlout_02';

describe('Tlout_02: the tailored learning outcome is a code of the list', () => {
  it.each([['1', 0], ['11', 0], ['0', 1], ['12', 1]])('%s', (code, n) => {
    const f = aimFindings(Tlout_02, { FundModel: 11, TLOut: code });
    expect(f).toHaveLength(n);
    if (n) expect(f[0]).toMatchObject({ field: 'TLOut', value: code });
  });
  it('not returned', () => expect(aimFindings(Tlout_02, { FundModel: 11 })).toHaveLength(0));
});
