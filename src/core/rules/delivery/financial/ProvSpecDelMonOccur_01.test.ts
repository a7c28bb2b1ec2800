import { aimFindings, yearFindings } from '../delivery-testing';
import { ProvSpecDelMonOccur_01 } from './ProvSpecDelMonOccur_01';

const mon = (occur: string) => ({ ProviderSpecDeliveryMonitoring: [{ ProvSpecDelMonOccur: occur, ProvSpecDelMon: 'X1' }] });

describe('ProvSpecDelMonOccur_01: occurrence A to D', () => {
  it.each([['A', 0], ['B', 0], ['C', 0], ['D', 0], ['a', 0], ['E', 1], ['Z', 1]])('%s', (occur, n) => {
    const f = aimFindings(ProvSpecDelMonOccur_01, mon(occur));
    expect(f).toHaveLength(n);
    if (n) expect(f[0]).toMatchObject({ entity: 'ProviderSpecDeliveryMonitoring', field: 'ProvSpecDelMonOccur', value: occur, aimSeqNumber: '1' });
  });
  it('2020-21: the same rule', () => expect(yearFindings(ProvSpecDelMonOccur_01, '2021', mon('E'))).toHaveLength(1));
});
