import { aimFindings, esfaFindings } from '../delivery-testing';
import { DelLocPostCode_11 } from './DelLocPostCode_11';

const OLASS = [{ LearnDelFAMType: 'LDM', LearnDelFAMCode: '034' }];

describe('DelLocPostCode_11: the delivery postcode is in the postcode format', () => {
  it.each([
    ['ZZ99 9ZZ', 0], ['A1 1AA', 0], ['AA1A 1AA', 0], ['B33 8TH', 0],
    ['b33 8th (lower case)', 1], ['B338TH (no space)', 1], ['AAA AAA', 1], ['B33 8TC (C)', 1], ['B33 8TV (V)', 1], ['1A 1AA', 1],
  ])('%s', (pc, n) => {
    const f = aimFindings(DelLocPostCode_11, { DelLocPostCode: pc.split(' (')[0] });
    expect(f).toHaveLength(n);
    if (n) expect(f[0]).toMatchObject({ field: 'DelLocPostCode' });
  });
  it('OLASS aims (LDM 034) are excluded', () => {
    expect(aimFindings(DelLocPostCode_11, { DelLocPostCode: 'AAA AAA', LearningDeliveryFAM: OLASS })).toHaveLength(0);
    expect(aimFindings(DelLocPostCode_11, { DelLocPostCode: 'AAA AAA', LearningDeliveryFAM: [{ LearnDelFAMType: 'LDM', LearnDelFAMCode: '035' }] })).toHaveLength(1);
  });
});

describe('2020-21 (ESFA 2020-21 service cases)', () => {
  // PostcodeQueryServiceTests: RegexValid_True ("A1 1AA", "AA1A 1AA"), RegexValid_False ("AAA AAA", "1A 1AV"); the
  // service has no OLASS exclusion.
  it.each([
    ['RegexValid_True (A1 1AA)', { DelLocPostCode: 'A1 1AA' }, 0],
    ['RegexValid_True (AA1A 1AA)', { DelLocPostCode: 'AA1A 1AA' }, 0],
    ['RegexValid_False (AAA AAA)', { DelLocPostCode: 'AAA AAA' }, 1],
    ['RegexValid_False (1A 1AV)', { DelLocPostCode: '1A 1AV' }, 1],
    ['OLASS aim not excluded', { DelLocPostCode: 'AAA AAA', LearningDeliveryFAM: OLASS }, 1],
  ])('%s', (_n, fields, n) => expect(esfaFindings(DelLocPostCode_11, fields)).toHaveLength(n));
});
