import { checkSimpleValue, firstDisallowedChar, describeChar } from '../../../src/core/schema/check-value';
import { years } from '../../../src/core/years/registry';

const y = years.get('2526');
const type = (path: string) => y.schema.byPath.get(`Message/Learner/${path}`)!.simple!;
const check = (path: string, v: string) => checkSimpleValue(v, type(path), y.schema.restrictedStringPattern).map((p) => p.kind);

describe('checkSimpleValue against the 2025-26 XSD facets', () => {
  test.each([
    ['ULN', '1061484016', []],
    ['ULN', '10614840161', ['range']],
    ['ULN', '999999999', ['range']],
    ['ULN', '12AB', ['type']],
    ['LearnRefNumber', '16Learner', []],
    ['LearnRefNumber', 'ABCDEFGHIJKLM', ['pattern']],
    ['LearnRefNumber', 'AB-1', ['pattern']],
    ['DateOfBirth', '2009-02-27', []],
    ['DateOfBirth', '2009-02-30', ['type']],
    ['DateOfBirth', '27/02/2009', ['type']],
    ['Ethnicity', '31', []],
    ['Ethnicity', '131', ['digits']],
    ['Ethnicity', '031', []],
    ['Sex', 'F', []],
    ['Sex', 'FM', ['length']],
    ['Postcode', 'BR1 7SS', []],
    ['Postcode', 'BR1 7SSXYZ', ['length']],
    ['LearningDelivery/AimSeqNumber', '99', ['range']],
    ['LearningDelivery/AimSeqNumber', '0', ['range']],
    ['LearningDelivery/LearningDeliveryHE/STULOAD', '12.5', []],
    ['LearningDelivery/LearningDeliveryHE/STULOAD', '12.55', ['digits']],
  ])('%s = %j → %j', (path, value, kinds) => {
    expect(check(path, value)).toEqual(kinds);
  });

  test('a character outside the ILR character set is named with its code point', () => {
    const problems = checkSimpleValue('Zoë', type('AddLine1'), y.schema.restrictedStringPattern);
    expect(problems).toEqual([{ kind: 'charset', char: 'ë', message: 'contains "ë" (U+00EB), which is not in the ILR character set' }]);
  });

  test('£ and € are allowed; a non-breaking space is not', () => {
    expect(firstDisallowedChar('£5 €5', y.schema.restrictedStringPattern!)).toBeUndefined();
    expect(firstDisallowedChar('A\u00a0B', y.schema.restrictedStringPattern!)).toBe('\u00a0');
    expect(describeChar('\u00a0')).toBe('a non-breaking space (U+00A0)');
    expect(describeChar('\t')).toBe('a control character (U+0009)');
  });

  test('enumerations: the Year of the header', () => {
    const yearType = y.schema.byPath.get('Message/Header/CollectionDetails/Year')!.simple!;
    expect(checkSimpleValue('2526', yearType, y.schema.restrictedStringPattern)).toEqual([]);
    expect(checkSimpleValue('2425', yearType, y.schema.restrictedStringPattern)).toEqual([{ kind: 'enumeration', message: 'must be "2526"' }]);
  });

  test('dateTime accepts the header form and rejects an impossible time', () => {
    const dt = y.schema.byPath.get('Message/Header/Source/DateTime')!.simple!;
    expect(checkSimpleValue('2025-01-08T09:14:05', dt)).toEqual([]);
    expect(checkSimpleValue('2025-01-08T24:00:00', dt).map((p) => p.kind)).toEqual(['type']);
  });
});
