import { aimFindings, yearFindings } from '../delivery-testing';
import { PartnerUKPRN_02 } from './PartnerUKPRN_02';

describe('PartnerUKPRN_02: no partner UKPRN on a programme aim', () => {
  it.each([
    ['programme aim with a partner', { AimType: 1, PartnerUKPRN: 10000001 }, 1],
    ['component aim with a partner', { AimType: 3, PartnerUKPRN: 10000001 }, 0],
    ['programme aim without', { AimType: 1 }, 0],
  ])('%s', (_n, fields, n) => {
    const f = aimFindings(PartnerUKPRN_02, fields);
    expect(f).toHaveLength(n);
    if (n) expect(f[0]).toMatchObject({ field: 'PartnerUKPRN', value: '10000001' });
  });
  it('2020-21: the same rule', () => expect(yearFindings(PartnerUKPRN_02, '2021', { AimType: 1, PartnerUKPRN: 10000001 })).toHaveLength(1));
});
