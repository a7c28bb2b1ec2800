/** Issue 14's XML rows through the command line: what the user sees for each (exit code, one-line reason, notes). */
import { mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCli, CLI_TEST_TIMEOUT_MS } from '../../helpers/run-cli';
import { ESFA_SAMPLE_2526, xmllintValidate, xsdFor } from '../../helpers/xmllint';

jest.setTimeout(CLI_TEST_TIMEOUT_MS);

const tmp = () => mkdtempSync(join(tmpdir(), 'ilr-cli-14-'));
const sample = () => readFileSync(ESFA_SAMPLE_2526, 'utf8');
const lineOf = (xml: string, needle: string) => xml.slice(0, xml.indexOf(needle)).split('\n').length;

describe('ilr xml on issue 14 inputs', () => {
  test('an XML declaring encoding="ISO-8859-1": Müller stays Müller in the written UTF-8 file', async () => {
    const dir = tmp();
    const xml = '<?xml version="1.0" encoding="ISO-8859-1"?>\n' + sample().replace(/<FamilyName>[^<]*</, '<FamilyName>Müller<');
    const input = join(dir, 'latin1.xml');
    writeFileSync(input, Buffer.from(xml, 'latin1'));
    const r = await runCli(['xml', input, '-o', join(dir, 'out')]);
    expect(r.code).toBe(0);
    const [name] = readdirSync(join(dir, 'out'));
    const written = readFileSync(join(dir, 'out', name!), 'utf8');
    expect(written).toContain('<FamilyName>Müller</FamilyName>');
    expect(written).not.toContain('\ufffd');
  });

  test('a UTF-16 file with a byte-order mark is read', async () => {
    const dir = tmp();
    const input = join(dir, 'utf16.xml');
    writeFileSync(input, Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('<?xml version="1.0" encoding="UTF-16"?>\n' + sample(), 'utf16le')]));
    const r = await runCli(['info', input]);
    expect(r).toMatchObject({ code: 0 });
    expect(r.out).toContain('learners: 19');
  });

  test('invalid UTF-8 bytes: one line naming the file and the line, exit 2', async () => {
    const dir = tmp();
    const input = join(dir, 'bad-utf8.xml');
    const xml = sample();
    const at = xml.indexOf('<FamilyName>') + '<FamilyName>'.length;
    writeFileSync(input, Buffer.concat([Buffer.from(xml.slice(0, at)), Buffer.from([0xfc]), Buffer.from(xml.slice(at))]));
    const r = await runCli(['xml', input, '-o', join(dir, 'out')]);
    expect(r.code).toBe(2);
    expect(r.err).toBe(`ilr: ${input}: line ${lineOf(xml, '<FamilyName>')}: the file is not valid UTF-8 text here (bytes FC ${[...Buffer.from(xml.slice(at, at + 3))].map((b) => b.toString(16).toUpperCase()).join(' ')}); it was probably saved in another encoding (e.g. Windows-1252) without saying so in its XML declaration`);
  });

  test('wrapped text and unknown attributes: refused naming the line, exit 2, no file written', async () => {
    const dir = tmp();
    const input = join(dir, 'wrapped.xml');
    const xml = sample().replace(/<CampId>([^<]*)<\/CampId>/, '<CampId><x>$1</x></CampId>');
    writeFileSync(input, xml);
    const r = await runCli(['xml', input, '-o', join(dir, 'out')]);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(new RegExp(`^ilr: .*wrapped.xml: line ${lineOf(xml, '<CampId><x>')}: <CampId> holds a value, but it contains an element <x>`));
    expect(() => readdirSync(join(dir, 'out'))).toThrow();
    const attr = join(dir, 'attr.xml');
    writeFileSync(attr, sample().replace('<LearningDelivery>', '<LearningDelivery funded="yes">'));
    const r2 = await runCli(['check', attr]);
    expect(r2.code).toBe(2);
    expect(r2.err).toMatch(/<LearningDelivery> has an attribute funded; the ILR XSD declares no attributes/);
  });

  test('100,000 nested elements: refused in bounded time by info, check and xml', async () => {
    const dir = tmp();
    const input = join(dir, 'deep.xml');
    writeFileSync(input, sample().replace(/<CampId>[^<]*<\/CampId>/, '<CampId>' + '<a>'.repeat(100_000) + '</a>'.repeat(100_000) + '</CampId>'));
    const t0 = Date.now();
    for (const cmd of ['info', 'check', 'xml']) {
      const r = await runCli([cmd, input, ...(cmd === 'xml' ? ['-o', join(dir, 'out')] : [])]);
      expect(r.code).toBe(2);
      expect(r.err).toMatch(/<CampId> holds a value, but it contains an element <a>/);
    }
    expect(Date.now() - t0).toBeLessThan(10_000);
  });

  test('a refusal on an XML input names the input line; whitespace around a number is collapsed with a note', async () => {
    const dir = tmp();
    const bad = join(dir, 'bad.xml');
    const xml = sample().replace('<ULN>1061484016</ULN>', '<!-- moved -->\n\n<ULN>10614840161</ULN>');
    writeFileSync(bad, xml);
    const r = await runCli(['xml', bad, '-o', join(dir, 'out')]);
    expect(r.code).toBe(1);
    expect(r.err).toContain(`learner 16Learner, element ULN, line ${lineOf(xml, '<ULN>10614840161')}: Element 'ULN': [facet 'maxInclusive']`);

    const ws = join(dir, 'ws.xml');
    const wsXml = sample().replace('<ULN>1061484016</ULN>', '<ULN> 1061484016 </ULN>');
    writeFileSync(ws, wsXml);
    expect(xmllintValidate(ws, xsdFor('2025-26')).valid).toBe(false); // Debian's libxml2 2.9 refuses it as given
    const r2 = await runCli(['xml', ws, '-o', join(dir, 'ws-out')]);
    expect(r2.code).toBe(0);
    expect(r2.err).toContain(`note: 1 number or date value had spaces or line breaks around it, written without them (the XSD ignores them, but older checkers refuse them): ULN at line ${lineOf(wsXml, '<ULN>')}`);
    const [name] = readdirSync(join(dir, 'ws-out'));
    expect(xmllintValidate(join(dir, 'ws-out', name!), xsdFor('2025-26')).valid).toBe(true);
    const r3 = await runCli(['check', ws]);
    expect(r3.out).toContain(`note: 1 number or date value has spaces or line breaks around it (the first, <ULN>, at line ${lineOf(wsXml, '<ULN>')})`);
  });
});
