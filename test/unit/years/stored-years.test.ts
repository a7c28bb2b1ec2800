import { likely2627 } from '../../helpers/fake-year';
import { YearRegistry, UnknownYearError } from '../../../src/core/years/registry';
import { parseStoredYears, readNewYear, restoreYears, storedYearsXml, STORED_YEARS_NAMESPACE } from '../../../src/core/years/stored-years';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

const xsd2526 = readFileSync(join(__dirname, '../../../assets/years/ILR-2025-26.xsd'), 'utf8');

describe('collection years added from an official XSD, kept with the workbook', () => {
  it('reads a new year: its code, label and what it changes against the newest shipped year, changing nothing', () => {
    const reg = new YearRegistry();
    const a = readNewYear(likely2627(), 'ILR-2026-27.xsd', [], '2026-12-07T10:00:00Z', reg);
    expect(a.year).toMatchObject({ code: '2627', label: '2026-27', namespace: 'ESFA/ILR/2026-27' });
    expect(a.changes).toEqual(['removed: Learner/LearningDelivery/LearningDeliveryHE/FUNDCOMP', 'changed: Learner/LearningDelivery/EPAOrgID — maximum length 7 → 8']);
    expect(a.stored).toEqual([{ code: '2627', file: 'ILR-2026-27.xsd', added: '2026-12-07T10:00:00Z', xsd: likely2627() }]);
    expect(reg.codes()).toEqual(['2021', '2526']); // nothing registered yet
  });

  it('refuses a file that is not an ILR schema, and a year the product ships, with the reason', () => {
    expect(() => readNewYear('<xs:schema xmlns:xs="http://www.w3.org/2001/XMLSchema"/>', 'notes.xsd', [], 'x')).toThrow(UnknownYearError);
    expect(() => readNewYear('<xs:schema xmlns:xs="http://www.w3.org/2001/XMLSchema"/>', 'notes.xsd', [], 'x')).toThrow(/^notes\.xsd: not an ILR schema/);
    expect(() => readNewYear('not xml at all', 'notes.xsd', [], 'x')).toThrow(UnknownYearError);
    expect(() => readNewYear(xsd2526, 'ILR-2025-26.xsd', [], 'x')).toThrow(/2025-26 is shipped with ILR Workbench/);
  });

  it('stores the XSD whole (characters outside ASCII, markup) and reads it back; a newer XSD of the year replaces the older', () => {
    const odd = likely2627().replace('<xs:schema', '<!-- café & <b>bold</b> ]]> --><xs:schema');
    const first = readNewYear(likely2627(), 'a "first".xsd', [], '2026-12-01T00:00:00Z').stored;
    const second = readNewYear(odd, 'ILR-2026-27 v2.xsd', first, '2026-12-07T00:00:00Z').stored;
    expect(second).toHaveLength(1);
    const xml = storedYearsXml(second);
    expect(xml).toContain(`xmlns="${STORED_YEARS_NAMESPACE}"`);
    expect(xml).not.toContain('café'); // base64: no markup or character of the XSD in the part's text
    expect(parseStoredYears(xml)).toEqual({ stored: second, problems: [] });
    expect(parseStoredYears(storedYearsXml(first)).stored[0]!.file).toBe('a "first".xsd');
  });

  it('a part not in its form, or an XSD that does not decode, is said and ignored', () => {
    expect(parseStoredYears('<!DOCTYPE x [<!ENTITY e "x">]><collectionYears/>').problems[0]).toMatch(/DOCTYPE or ENTITY/);
    expect(parseStoredYears('<other/>')).toEqual({ stored: [], problems: ["the saved collection years are not in ILR Workbench's form: ignored"] });
    const bad = `<collectionYears xmlns="${STORED_YEARS_NAMESPACE}"><year code="2627" file="x.xsd" added="t">/w==</year></collectionYears>`;
    expect(parseStoredYears(bad).problems).toEqual(['the saved XSD of year 2627 (x.xsd) could not be decoded: ignored']);
  });

  it('restores stored years into a registry; a bad one is said and skipped', () => {
    const reg = new YearRegistry();
    const stored = readNewYear(likely2627(), 'ILR-2026-27.xsd', [], 't').stored;
    const r = restoreYears(reg, [...stored, { code: '2728', file: 'broken.xsd', added: 't', xsd: '<nope/>' }]);
    expect(r.years.map((y) => y.code)).toEqual(['2627']);
    expect(r.problems).toEqual([expect.stringMatching(/^the saved XSD broken\.xsd could not be read: /)]);
    expect(reg.codes()).toEqual(['2021', '2526', '2627']);
  });
});
