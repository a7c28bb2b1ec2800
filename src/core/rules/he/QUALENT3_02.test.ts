import { isUnknownCode } from '../learner/code-lookup';
import { heFindings } from './he-testing';
import { QUALENT3_02 } from './QUALENT3_02';

describe('QUALENT3_02: QUALENT3 must be a valid code', () => {
  it.each([['X06'], ['P70'], ['DZZ']])('%s (in the list) is valid in both years', (value) => {
    for (const year of ['2526', '2021']) expect(heFindings(QUALENT3_02, year, { he: { QUALENT3: value } })).toEqual([]);
  });

  // The 2025-26 list is incomplete: a code it lacks is reported only if the lookup machinery calls it unknown.
  it.each([['AB1'], ['D82']])('2025-26: %s is reported exactly when the lookup calls it unknown', (value) => {
    const f = heFindings(QUALENT3_02, '2526', { he: { QUALENT3: value } });
    expect(f).toHaveLength(isUnknownCode('2526', 'QUALENT3', value) ? 1 : 0);
  });

  it('leaves a value not returned to the FD rules', () => {
    expect(heFindings(QUALENT3_02, '2526', { he: { QUALENT3: null } })).toEqual([]);
  });
});

describe('2020-21 (ESFA 2020-21 service cases)', () => {
  it.each<[string, string | null, number]>([
    ['ConditionMet_True / Validate_Error: AB1 not in the lookup', 'AB1', 1],
    ['ConditionMet_False: X06 in the lookup', 'X06', 0],
    ['ConditionMet_False: QUALENT3 null', null, 0],
  ])('%s', (_n, value, n) => {
    const f = heFindings(QUALENT3_02, '2021', { he: { QUALENT3: value } });
    expect(f).toHaveLength(n);
    if (n) expect(f[0]).toMatchObject({ rule: 'QUALENT3_02', field: 'QUALENT3', value: 'AB1', aimSeqNumber: '1' });
  });
});
