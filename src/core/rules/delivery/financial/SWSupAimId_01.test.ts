import { aimFindings, yearFindings } from '../delivery-testing';
import { SWSupAimId_01 } from './SWSupAimId_01';

describe('SWSupAimId_01: the software supplier aim identifier is a UUID', () => {
  it.each([
    ['550e8400-e29b-41d4-a716-446655440000', 0],
    ['550E8400-E29B-41D4-A716-446655440000', 0],
    ['550e8400e29b41d4a716446655440000', 0],
    ['{550e8400-e29b-41d4-a716-446655440000}', 0],
    ['(550e8400-e29b-41d4-a716-446655440000)', 0],
    ['00000000-0000-0000-0000-000000000000', 1],
    ['550e8400-e29b-41d4-a716-44665544000', 1],
    ['550e8400-e29b-41d4-a716-44665544000g', 1],
    ['ZWRKX002', 1],
    ['w;oraeijwq rf;oiew', 1],
  ])('%s', (id, n) => {
    const f = aimFindings(SWSupAimId_01, { SWSupAimId: id });
    expect(f).toHaveLength(n);
    if (n) expect(f[0]).toMatchObject({ severity: 'warning', field: 'SWSupAimId', value: id });
  });
  it('not returned', () => expect(aimFindings(SWSupAimId_01, {})).toHaveLength(0));
  it('2020-21: the same rule', () => expect(yearFindings(SWSupAimId_01, '2021', { SWSupAimId: 'ZWRKX002' })).toHaveLength(1));
});
