/**
 * Regression tests named after the XML rows of issue 14 ("nothing lost, nothing hung").
 * Each input here was once dropped silently, read wrongly or took minutes.
 */
import { readFileSync } from 'node:fs';
import { learners, text } from '../../../src/core/model/access';
import { decodeXmlBytes, XmlByteDecoder } from '../../../src/core/xml/decode-bytes';
import { exportIlrFile, normalisedNote } from '../../../src/core/xml/export-file';
import { readIlrXml, IlrXmlReader, IlrReadError } from '../../../src/core/xml/read-xml';
import { readIlrXmlBytes } from '../../../src/core/xml/read-xml-bytes';
import { describeViolation } from '../../../src/core/xml/validate-xsd';
import { ESFA_SAMPLE_2526 } from '../../helpers/xmllint';

const sample = () => readFileSync(ESFA_SAMPLE_2526, 'utf8');
const lineOf = (xml: string, needle: string) => xml.slice(0, xml.indexOf(needle)).split('\n').length;
const head = '<?xml version="1.0"?>\n<Message xmlns="ESFA/ILR/2025-26">\n';

describe('issue 14: an optional field whose text is wrapped in an unknown element, or an element carrying unknown attributes', () => {
  test('<CampId><x>1234ABCD</x></CampId> is refused naming the line and both elements, not dropped', () => {
    const xml = sample().replace(/<CampId>([^<]*)<\/CampId>/, '<CampId><x>$1</x></CampId>');
    const line = lineOf(xml, '<CampId><x>');
    expect(() => readIlrXml(xml)).toThrow(new RegExp(`^line ${line}: <CampId> holds a value, but it contains an element <x>`));
  });

  test('an unknown attribute on a record or a field is refused naming it and its line', () => {
    const onRecord = sample().replace('<Learner>', '<Learner status="draft">');
    expect(() => readIlrXml(onRecord)).toThrow(new RegExp(`^line ${lineOf(onRecord, '<Learner status')}: <Learner> has an attribute status`));
    const onField = sample().replace('<ULN>', '<ULN checked="yes">');
    expect(() => readIlrXml(onField)).toThrow(/<ULN> has an attribute checked/);
    const prefixed = sample().replace('<ULN>', '<ULN xsi:type="xs:string">');
    expect(() => readIlrXml(prefixed)).toThrow(/<ULN> has an attribute xsi:type/);
  });

  test('namespace declarations and xsi schema-location hints are accepted (libxml2 accepts them too)', () => {
    const xml = sample()
      .replace('<Message ', '<Message xsi:schemaLocation="ESFA/ILR/2025-26 ILR-2025-26.xsd" ')
      .replace('<Learner>', '<Learner xmlns:extra="urn:x">');
    expect(learners(readIlrXml(xml))).toHaveLength(19);
  });

  test('text between the elements of a record is refused, not dropped', () => {
    const xml = head + '<Learner>\n<LearnRefNumber>A1</LearnRefNumber>stray words\n</Learner></Message>';
    expect(() => readIlrXml(xml)).toThrow(/^line 3: <Learner> has text between its elements/);
  });

  test('unknown simple elements are still kept (the XSD check then names them), and whitespace-only layout is fine', () => {
    const msg = readIlrXml(head + '<Learner>\n  <LearnRefNumber>A1</LearnRefNumber>\n  <Mystery>42</Mystery>\n</Learner></Message>');
    expect(text(learners(msg)[0], 'Mystery')).toBe('42');
  });
});

describe('issue 14: 100,000 nested elements inside one field', () => {
  test('refused in well under a second at the depth limit, naming the line', () => {
    const depth = 100_000;
    const xml = head + '<Learner><LearnRefNumber>' + '<a>'.repeat(depth) + '</a>'.repeat(depth) + '</LearnRefNumber></Learner></Message>';
    const t0 = Date.now();
    expect(() => readIlrXml(xml)).toThrow(/line 3: <LearnRefNumber> holds a value, but it contains an element <a>/);
    // inside an unknown element (no XSD declaration to stop it) the depth limit does
    const unknown = head + '<Learner><Odd>' + '<a>'.repeat(depth) + '</a>'.repeat(depth) + '</Odd></Learner></Message>';
    expect(() => readIlrXml(unknown)).toThrow(/line 3: <a> is nested 33 elements deep; .* no more than 32 are read/);
    expect(Date.now() - t0).toBeLessThan(2000);
  });

  test('an element-count limit refuses a file with more elements than any return', () => {
    const xml = head + '<Learner><LearnRefNumber>A1</LearnRefNumber></Learner>'.repeat(50) + '</Message>';
    expect(() => readIlrXml(xml, undefined, { maxElements: 100 })).toThrow(/more than 100 elements/);
    expect(learners(readIlrXml(xml))).toHaveLength(50);
  });

  test('a 50 MB text value is refused at its line as longer than any ILR field, without reading the rest', () => {
    const big = 'A'.repeat(50 * 1024 * 1024);
    const reader = new IlrXmlReader();
    reader.write(head + '<Learner>\n<LearnRefNumber>');
    let error: unknown;
    try {
      for (let i = 0; i < big.length; i += 1 << 20) reader.write(big.slice(i, i + (1 << 20)));
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(IlrReadError);
    expect((error as IlrReadError).line).toBe(4);
    expect((error as Error).message).toMatch(/^line 4: the text of <LearnRefNumber> is longer than 100,000 characters; far longer than any ILR field/);
  });

  test('a huge attribute value or element name is refused too', () => {
    expect(() => readIlrXml(head + `<Learner a="${'x'.repeat(3 << 20)}"/></Message>`)).toThrow(/longer than 100,000 characters/);
    expect(() => readIlrXml(head + `<${'L'.repeat(3 << 20)}/></Message>`)).toThrow(/longer than 100,000 characters/);
  });
});

describe('issue 14: an XML declaring encoding="ISO-8859-1" (or windows-1252), a UTF-16 file, invalid UTF-8', () => {
  const withName = (decl: string) => `<?xml version="1.0" encoding="${decl}"?>\n<Message xmlns="ESFA/ILR/2025-26">\n<Learner>\n<FamilyName>Müller</FamilyName>\n</Learner>\n</Message>\n`;
  const latin1 = (s: string) => Uint8Array.from(s, (c) => c.charCodeAt(0));

  test.each(['ISO-8859-1', 'iso-8859-1', 'latin1', 'windows-1252', 'cp1252'])('declared %s: Müller stays Müller', (enc) => {
    const { message } = readIlrXmlBytes(latin1(withName(enc)));
    expect(text(learners(message)[0], 'FamilyName')).toBe('Müller');
  });

  test('Windows-1252 bytes 0x80–0x9F are its own characters (€), ISO-8859-1 keeps them as control characters (as libxml2 does)', () => {
    expect(decodeXmlBytes(Uint8Array.from([...latin1('<?xml version="1.0" encoding="windows-1252"?><a>'), 0x80, ...latin1('</a>')]))).toContain('<a>€</a>');
    expect(decodeXmlBytes(Uint8Array.from([...latin1('<?xml version="1.0" encoding="ISO-8859-1"?><a>'), 0x80, ...latin1('</a>')]))).toContain('<a>\u0080</a>');
  });

  test('an encoding ILR Workbench cannot read is refused naming it', () => {
    expect(() => readIlrXmlBytes(latin1(withName('EBCDIC-US')))).toThrow(/line 1: the file says its encoding is "EBCDIC-US", which ILR Workbench cannot read/);
  });

  test.each([
    ['utf-16le', [0xff, 0xfe]],
    ['utf-16be', [0xfe, 0xff]],
  ])('%s with a byte-order mark is decoded', (enc, bom) => {
    const s = withName('UTF-16');
    const units = Array.from(s, (c) => c.charCodeAt(0));
    const bytes = enc === 'utf-16le' ? units.flatMap((u) => [u & 0xff, u >> 8]) : units.flatMap((u) => [u >> 8, u & 0xff]);
    const { message } = readIlrXmlBytes(Uint8Array.from([...bom, ...bytes]));
    expect(text(learners(message)[0], 'FamilyName')).toBe('Müller');
  });

  test('invalid UTF-8 bytes in a UTF-8 file are an error at their line, never U+FFFD', () => {
    const bytes = latin1(withName('UTF-8')); // "ü" as the single Latin-1 byte FC: not UTF-8
    expect(() => readIlrXmlBytes(bytes)).toThrow(/^line 4: the file is not valid UTF-8 text here \(bytes FC 6C 6C 65\)/);
    const noDecl = latin1('<Message xmlns="ESFA/ILR/2025-26">\n\n<Learner><FamilyName>M\u00fcller</FamilyName></Learner></Message>');
    expect(() => readIlrXmlBytes(noDecl)).toThrow(/^line 3: the file is not valid UTF-8/);
  });

  test('UTF-8 split across chunks at any byte is decoded the same, and an error is found on a later chunk with the right line', () => {
    const bytes = new TextEncoder().encode(withName('UTF-8').repeat(1).replace('Müller', 'Müller ✓ 𝄞'));
    for (const size of [1, 2, 3, 5, 7]) {
      const d = new XmlByteDecoder();
      let s = '';
      for (let i = 0; i < bytes.length; i += size) s += d.write(bytes.subarray(i, i + size));
      s += d.end();
      expect(s).toContain('Müller ✓ 𝄞');
    }
    const bad = Uint8Array.from([...new TextEncoder().encode(head + '\n'.repeat(2000)), 0xc3, 0x28]);
    const d = new XmlByteDecoder();
    expect(() => {
      for (let i = 0; i < bad.length; i += 100) d.write(bad.subarray(i, i + 100));
      d.end();
    }).toThrow(/^line 2003: the file is not valid UTF-8 text here \(bytes C3 28\)/);
  });
});

describe('issue 14: a refusal on an XML input', () => {
  test('line numbers point into the INPUT (its line, not the regenerated document)', async () => {
    const xml = sample().replace('<ULN>1061484016</ULN>', '<ULN>10614840161</ULN>').replace('<Learner>', '<!-- a\nmulti-line\ncomment -->\n<Learner>');
    const inputLine = lineOf(xml, '<ULN>10614840161');
    const result = await exportIlrFile(readIlrXml(xml));
    expect(result.violations).toHaveLength(1);
    const v = result.violations[0]!;
    expect(v.line).not.toBe(inputLine); // the written file has no comments: its line differs
    expect(v.source).toEqual({ line: inputLine });
    expect(describeViolation(v)).toBe(`learner 16Learner, element ULN, line ${inputLine}: ${v.message}`);
  });

  test('an unknown element is kept and written, so the XSD check refuses it at the input line', async () => {
    const xml = sample().replace('<ULN>1061484016</ULN>', '<ULN>1061484016</ULN>\n<Nickname>Ed</Nickname>');
    const result = await exportIlrFile(readIlrXml(xml));
    expect(result.violations.map((v) => [v.element, v.source])).toEqual([['Nickname', { line: lineOf(xml, '<Nickname>') }]]);
  });
});

describe("issue 14: whitespace around an integer ('500 ')", () => {
  test('the collapsed value is written, the XSD check passes and a note names each value with its line', async () => {
    const xml = sample().replace('<ULN>1061484016</ULN>', '<ULN>1061484016 </ULN>').replace(/<LearnStartDate>([^<]*)</, '<LearnStartDate>\n\t$1\n<');
    const result = await exportIlrFile(readIlrXml(xml));
    expect(result.violations).toEqual([]);
    const written = new TextDecoder().decode(result.bytes);
    expect(written).toContain('<ULN>1061484016</ULN>');
    expect(written).not.toMatch(/<LearnStartDate>\s/);
    expect(result.report.normalisedCount).toBe(2);
    expect(normalisedNote(result.report)).toBe(
      `2 number or date values had spaces or line breaks around them, written without them (the XSD ignores them, but older checkers refuse them): ULN at line ${lineOf(xml, '<ULN>')}, LearnStartDate at line ${lineOf(xml, '<LearnStartDate>\n')}`,
    );
  });

  test('text (string) fields are never changed: their spaces are data', async () => {
    const xml = sample().replace(/<FamilyName>([^<]*)</, '<FamilyName>$1 <');
    const result = await exportIlrFile(readIlrXml(xml));
    expect(result.report.normalisedCount).toBe(0);
  });
});

describe('elements out of the XSD order', () => {
  test('are written in order with a note naming the first and its line', () => {
    const reader = new IlrXmlReader();
    reader.write(head + '<Learner>\n<ULN>1061484016</ULN>\n<LearnRefNumber>A1</LearnRefNumber>\n</Learner></Message>');
    reader.finish();
    expect(reader.notes()).toEqual(["1 element was not in the order the XSD requires (the first, <LearnRefNumber>, at line 5); the written file puts them in the XSD's order"]);
  });
});

describe("issue 14: whitespace around an integer ('500 ') — what check and info say when reading", () => {
  test('the reader keeps the value as written and notes it with the first line', () => {
    const reader = new IlrXmlReader();
    reader.write(head + '<Learner>\n<LearnRefNumber> A1 </LearnRefNumber>\n<ULN>1061484016 </ULN>\n<PlanLearnHours>\n500</PlanLearnHours>\n</Learner></Message>');
    const msg = reader.finish();
    expect(learners(msg)[0]!.fields['ULN']!.text).toBe('1061484016 ');
    expect(reader.notes()).toEqual([
      '2 number or date values have spaces or line breaks around them (the first, <ULN>, at line 5); the XSD ignores them but older checkers (libxml2 2.9) refuse them, so ilr xml writes them without',
    ]);
  });
});
