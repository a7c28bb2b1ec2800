import { Postcode_15 } from './Postcode_15';
import { learnerFindings } from './fields-testing';

describe('Postcode_15: the Postcode must have the postcode format', () => {
  it.each([
    ['B1 1AA', 0], ['EC1A 1BB', 0], ['W1A 0AX', 0], ['DN55 1PT', 0], ['ZZ99 9ZZ', 0],
    ['b1 1aa', 1], ['B11AA', 1], ['B1 1CA', 1], ['B1 1AV', 1], ['123 1AA', 1], ['B1 AAA', 1],
  ])('%p', (pc, expected) => {
    const f = learnerFindings(Postcode_15, '2526', { Postcode: pc });
    expect(f).toHaveLength(expected);
    if (expected) expect(f[0]).toMatchObject({ entity: 'Learner', field: 'Postcode', value: pc });
  });
  it('not returned: nothing to check', () => expect(learnerFindings(Postcode_15, '2526', {})).toHaveLength(0));
});

describe('2020-21 (ESFA 2020-21 service cases)', () => {
  it.each([
    // PostcodeQueryServiceTests.RegexValid_True / _False
    ['RegexValid_True: A1 1AA', 'A1 1AA', 0],
    ['RegexValid_True: AA1A 1AA', 'AA1A 1AA', 0],
    ['RegexValid_True: ZZ99 9ZZ', 'ZZ99 9ZZ', 0],
    ['RegexValid_False: AAA AAA', 'AAA AAA', 1],
    ['RegexValid_False: 1A 1AC', '1A 1AC', 1],
    ['RegexValid_False: A1 1AI', 'A1 1AI', 1],
    ['RegexValid_False: A1 1AK', 'A1 1AK', 1],
    ['RegexValid_False: A1 1AM', 'A1 1AM', 1],
    ['RegexValid_False: A1 1AO', 'A1 1AO', 1],
    ['RegexValid_False: A1 1AV', 'A1 1AV', 1],
  ])('%s', (_n, pc, expected) => expect(learnerFindings(Postcode_15, '2021', { Postcode: pc })).toHaveLength(expected));
});
