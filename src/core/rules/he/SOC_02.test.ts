import { heFindings, type HeCase } from './he-testing';
import { SOC_02 } from './SOC_02';

describe('SOC_02: a UCAS entrant from the British Isles returns SOC', () => {
  it.each<[string, HeCase, number]>([
    ['XF, UCAS code, no SOC', {}, 1],
    ['XH, UCAS code, no SOC, started 2013-08-01 (boundary)', { he: { PERMADDCOUNTRY: 'XH' }, aim: { LearnStartDate: '2013-08-01' } }, 1],
    ['XF, UCAS code, no SOC, started 2013-07-31', { aim: { LearnStartDate: '2013-07-31' } }, 0],
    ['XF, no UCAS code, no SOC', { he: { UCASSCHEMECODE: null } }, 0],
    ['DE, UCAS code, no SOC', { he: { PERMADDCOUNTRY: 'DE' } }, 0],
    ['XF, UCAS code, SOC 2314', { he: { SOC: 2314 } }, 0],
  ])('%s', (_n, c, n) => {
    const f = heFindings(SOC_02, '2526', c);
    expect(f).toHaveLength(n);
    if (n) expect(f[0]).toMatchObject({ rule: 'SOC_02', field: 'SOC', aimSeqNumber: '1' });
  });

  it('does not exist in 2020-21 (SOC2000_02 there)', () => expect(heFindings(SOC_02, '2021', {})).toEqual([]));
});
