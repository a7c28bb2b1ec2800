import { years } from '../../years/registry';
import { FD_UCASSCHEMECODE_AL } from './FD_UCASSCHEMECODE_AL';
import { heFindings } from './he-testing';

describe('FD_UCASSCHEMECODE_AL: the UCAS scheme code is at most 9 characters', () => {
  it.each<[string, number]>([
    ['AB12', 0],
    ['123456789', 0], // 9 characters: the boundary
    ['1234567890', 1], // 10
    ['ABCDEFGHIJK', 1],
  ])('%s', (code, n) => {
    const f = heFindings(FD_UCASSCHEMECODE_AL, '2526', { he: { UCASSCHEMECODE: code } });
    expect(f).toHaveLength(n);
    if (n) expect(f[0]).toMatchObject({ rule: 'FD_UCASSCHEMECODE_AL', severity: 'error', entity: 'LearningDeliveryHE', field: 'UCASSCHEMECODE', value: code, aimSeqNumber: '1' });
  });

  it('not returned: nothing to check', () => {
    expect(heFindings(FD_UCASSCHEMECODE_AL, '2526', { he: {} })).toEqual([]);
  });

  it('runs only for a year whose XSD has the field (not 2020-21)', () => {
    expect(FD_UCASSCHEMECODE_AL.appliesTo!(years.get('2526'))).toBe(true);
    expect(heFindings(FD_UCASSCHEMECODE_AL, '2021', { he: { UCASSCHEMECODE: '1234567890' } })).toEqual([]);
  });
});
