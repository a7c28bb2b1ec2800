import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readIlrXml } from '../../src/core/xml/read-xml';
import { exportIlrFile } from '../../src/core/xml/export-file';
import { xmlDifferences } from '../helpers/xml-equivalence';
import { ESFA_SAMPLE_2526, SYNTHETIC_2021, xmllintValidate, xsdFor } from '../helpers/xmllint';

describe.each([
  ['the ESFA 2025-26 sample', ESFA_SAMPLE_2526, '2025-26', 'ILR-99999999-2526-20250108-091405-01.XML', { learners: 19, deliveries: 35, destinations: 0 }],
  ['a synthetic 2020-21 file with destinations', SYNTHETIC_2021, '2020-21', 'ILR-10000001-2021-20210820-101500-03.XML', { learners: 3, deliveries: 3, destinations: 2 }],
])('XML round trip: %s', (_name, file, label, expectedName, counts) => {
  test('read → write gives a file the official XSD accepts (xmllint) and equal element by element', async () => {
    const original = readFileSync(file, 'utf8');
    const msg = readIlrXml(original);
    const result = await exportIlrFile(msg);
    expect(result.violations).toEqual([]);
    expect(result.fileName).toBe(expectedName);
    expect(result.report).toMatchObject(counts);
    const written = new TextDecoder().decode(result.bytes);
    const out = join(mkdtempSync(join(tmpdir(), 'ilr-rt-')), result.fileName!);
    writeFileSync(out, result.bytes);
    const lint = xmllintValidate(out, xsdFor(label));
    expect(lint.output).toContain('validates');
    expect(lint.valid).toBe(true);
    expect(xmlDifferences(original, written)).toEqual([]);
  });
});

describe('a file that breaks the XSD', () => {
  test('is refused with the learner and element named (in-process check agrees with xmllint)', async () => {
    const broken = readFileSync(ESFA_SAMPLE_2526, 'utf8').replace('<ULN>1061484016</ULN>', '<ULN>10614840161</ULN>');
    const msg = readIlrXml(broken);
    const result = await exportIlrFile(msg);
    expect(result.violations).toHaveLength(1);
    expect(result.violations[0]).toMatchObject({ element: 'ULN', learnRefNumber: '16Learner', entity: 'Learner' });
    expect(result.violations[0]!.message).toMatch(/greater than the maximum value allowed/);
    const out = join(mkdtempSync(join(tmpdir(), 'ilr-bad-')), 'bad.xml');
    writeFileSync(out, result.bytes);
    expect(xmllintValidate(out, xsdFor('2025-26')).valid).toBe(false);
  });
});
