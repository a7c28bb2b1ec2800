import { fake2627 } from '../../helpers/fake-year';
import { YearRegistry, yearFromXsd, normaliseYearCode, UnknownYearError } from '../../../src/core/years/registry';


describe('the year registry', () => {
  const reg = new YearRegistry();

  test('knows the bundled years, read from their XSDs', () => {
    expect(reg.codes()).toEqual(['2021', '2526']);
    expect(reg.defaultCode()).toBe('2526');
    expect(reg.get('2526')).toMatchObject({ code: '2526', label: '2025-26', namespace: 'ESFA/ILR/2025-26', start: '2025-08-01', end: '2026-07-31', hasDestinations: false });
    expect(reg.get('2021')).toMatchObject({ code: '2021', label: '2020-21', namespace: 'ESFA/ILR/2020-21', start: '2020-08-01', end: '2021-07-31', hasDestinations: true });
  });

  test.each([['2526', '2526'], ['2025-26', '2526'], ['2025/26', '2526'], ['25-26', '2526'], [' 2021 ', '2021']])('year code %j → %s', (input, code) => {
    expect(normaliseYearCode(input)).toBe(code);
    expect(reg.get(input).code).toBe(code);
  });

  test('an unknown year is refused naming the known ones', () => {
    expect(() => reg.get('2627')).toThrow('unknown ILR year "2627"; known years: 2021 (2020-21), 2526 (2025-26)');
  });

  test('finds a year by namespace, and refuses an unknown namespace naming it', () => {
    expect(reg.byNamespace('ESFA/ILR/2020-21').code).toBe('2021');
    expect(() => reg.byNamespace('ESFA/ILR/2019-20')).toThrow(/"ESFA\/ILR\/2019-20" is not a known ILR year; known: ESFA\/ILR\/2020-21, ESFA\/ILR\/2025-26/);
  });

  test('a new year registers from its official XSD alone', () => {
    const r = new YearRegistry();
    const y = r.register(fake2627(), 'ILR-2026-27.xsd');
    expect(y).toMatchObject({ code: '2627', label: '2026-27', start: '2026-08-01', end: '2027-07-31', hasDestinations: false, source: 'ILR-2026-27.xsd' });
    expect(r.defaultCode()).toBe('2627');
    expect(r.byNamespace('ESFA/ILR/2026-27').code).toBe('2627');
  });

  test('a schema that is not an ILR schema is refused', () => {
    expect(() => yearFromXsd('<xs:schema xmlns:xs="http://www.w3.org/2001/XMLSchema"><xs:element name="Message" type="xs:string"/></xs:schema>', 'x.xsd')).toThrow(UnknownYearError);
  });
});
