import { heFindings, type HeCase } from './he-testing';
import { ELQ_02 } from './ELQ_02';

const FIELD = 'ELQ';
const withValue = (v: string | null): HeCase => ({ he: { [FIELD]: v } });

describe('ELQ_02: ELQ must be a valid code', () => {
  it.each<[string, number]>([
    ['5', 1],
    ['0', 1],
    ['1', 0],
    ['2', 0],
    ['3', 0],
    ['9', 0],
  ])('%s', (value, n) => {
    for (const year of ['2526', '2021']) {
      const f = heFindings(ELQ_02, year, withValue(value));
      expect(f).toHaveLength(n);
      if (n) expect(f[0]).toMatchObject({ rule: 'ELQ_02', severity: 'error', entity: 'LearningDeliveryHE', field: FIELD, value, aimSeqNumber: '1' });
    }
  });

  it('leaves a value not returned to the FD rules', () => {
    expect(heFindings(ELQ_02, '2526', withValue(null))).toEqual([]);
  });
});

describe('2020-21 (ESFA 2020-21 service cases)', () => {
  it.each<[string, string, number]>([
    ['ConditionMet_True/Validate_Error: ELQ 2 not in the mocked lookup; here 2 is valid', '2', 0],
    ['ELQ 7 (not in the 2020-21 lookups)', '7', 1],
    ['Validate_NoError: ELQ 1', '1', 0],
  ])('%s', (_n, value, n) => expect(heFindings(ELQ_02, '2021', withValue(value))).toHaveLength(n));
});
