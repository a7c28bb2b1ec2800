import { readFileSync } from 'node:fs';
import { readIlrXml } from '../../../src/core/xml/read-xml';
import { validateAgainstXsd } from '../../../src/core/xml/validate-xsd';
import { emptyReport, writeXmlBytes } from '../../../src/core/xml/write-xml';
import { coerceCell } from '../../../src/core/sheet/coerce';
import { ESFA_SAMPLE_2526 } from '../../helpers/xmllint';

jest.setTimeout(60_000);

// found by the workbook fuzz: U+0007 in FamilyName passes the field's XSD pattern, so nothing reported it, and libxml2
// could not parse the written file: the exception escaped the export as "internal error"
describe('a character no XML file can hold (found by the fuzz: U+0007 in FamilyName)', () => {
  test('the XSD check refuses the written file with a violation, never an exception', async () => {
    const msg = readIlrXml(readFileSync(ESFA_SAMPLE_2526, 'utf8'));
    msg.root.children['Learner']![0]!.fields['FamilyName'] = { text: 'Bel\u0007l' };
    const report = emptyReport();
    const violations = await validateAgainstXsd(writeXmlBytes(msg, report), msg.year.xsd, report);
    expect(violations.length).toBeGreaterThan(0);
    expect(violations[0]!.message).not.toBe('');
  });

  test('the cell is an error at its place, whatever the field', () => {
    const year = readIlrXml(readFileSync(ESFA_SAMPLE_2526, 'utf8')).year;
    const decl = year.schema.root.children!.find((c) => c.name === 'Learner')!.children!.find((c) => c.name === 'FamilyName')!;
    const r = coerceCell('Bel\u0007l', decl.simple!);
    expect(r.problems.map((p) => [p.rule, p.severity, p.message])).toEqual([['Cell_Charset', 'error', 'contains a control character (U+0007), which no XML file can hold; delete it (it is often pasted in invisibly)']]);
  });
});
