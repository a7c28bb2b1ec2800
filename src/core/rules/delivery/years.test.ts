import { years } from '../../years/registry';
import { NOT_IN_2021 } from './delivery-testing';
import { deliveryRules } from './index';

describe('which years the delivery rules apply to', () => {
  test('every rule applies to 2025-26; those ESFA\'s 2020-21 service did not have do not apply to 2020-21', () => {
    const y2526 = years.get('2526');
    const y2021 = years.get('2021');
    for (const r of deliveryRules) expect([r.id, r.appliesTo ? r.appliesTo(y2526) : true]).toEqual([r.id, true]);
    const off2021 = deliveryRules.filter((r) => r.appliesTo && !r.appliesTo(y2021)).map((r) => r.id).sort();
    expect(off2021).toEqual([...NOT_IN_2021].sort());
  });
});
