import { readFileSync } from 'node:fs';
import { readIlrXml, IlrXmlReader, IlrReadError } from '../../../src/core/xml/read-xml';
import { learners, text, kids } from '../../../src/core/model/access';
import { ESFA_SAMPLE_2526 } from '../../helpers/xmllint';
import { formatLocation, type IlrRecord } from '../../../src/core/model/record';

/** A record as plain data with every value's location (values keep their line in a private field, so toEqual alone would not see it). */
function withLines(rec: IlrRecord): unknown {
  return {
    name: rec.name,
    loc: rec.loc,
    fields: Object.fromEntries(Object.entries(rec.fields).map(([k, v]) => [k, { text: v.text, loc: v.loc }])),
    children: Object.fromEntries(Object.entries(rec.children).map(([k, list]) => [k, list.map(withLines)])),
  };
}

const head = (ns: string) => `<?xml version="1.0"?>\n<Message xmlns="${ns}">\n`;

describe('readIlrXml', () => {
  test('reads the ESFA sample: year from the namespace, values with their line numbers', () => {
    const msg = readIlrXml(readFileSync(ESFA_SAMPLE_2526, 'utf8'));
    expect(msg.year.code).toBe('2526');
    const ls = learners(msg);
    expect(ls).toHaveLength(19);
    expect(text(ls[0], 'LearnRefNumber')).toBe('16Learner');
    const uln = ls[0]!.fields['ULN']!;
    expect({ text: uln.text, loc: uln.loc }).toEqual({ text: '1061484016', loc: { line: 42 } }); // the line of <ULN> in the sample file
    expect(kids(ls[0], 'LearnerFAM').length).toBeGreaterThan(0);
  });

  test('streams: the same model whether the text arrives whole or in 7-character chunks', () => {
    const xml = readFileSync(ESFA_SAMPLE_2526, 'utf8');
    const chunks: string[] = [];
    for (let i = 0; i < xml.length; i += 7) chunks.push(xml.slice(i, i + 7));
    expect(withLines(readIlrXml(chunks).root)).toEqual(withLines(readIlrXml(xml).root));
  });

  test('a value holds no location object until one is asked for, and every value gives its own line', () => {
    const msg = readIlrXml(head('ESFA/ILR/2025-26') + '<Learner>\n<LearnRefNumber>A1</LearnRefNumber>\n<ULN>1</ULN>\n</Learner></Message>');
    const l = learners(msg)[0]!;
    expect(Object.keys(l.fields['ULN']!)).toEqual(['text']);
    expect([l.fields['LearnRefNumber']!.loc, l.fields['ULN']!.loc]).toEqual([{ line: 4 }, { line: 5 }]);
    expect(formatLocation(l.fields['ULN']!.loc)).toBe('line 5');
  });

  test('refuses a DOCTYPE without expanding any entity (billion laughs)', () => {
    const evil = `<?xml version="1.0"?>\n<!DOCTYPE Message [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">]>\n<Message xmlns="ESFA/ILR/2025-26"><x>&b;</x></Message>`;
    expect(() => readIlrXml(evil)).toThrow(/line 2: the file has a DOCTYPE/);
  });

  test('refuses an external entity (no DTD, so no SYSTEM file is ever read)', () => {
    const evil = `<?xml version="1.0"?>\n<!DOCTYPE Message [<!ENTITY x SYSTEM "file:///etc/passwd">]>\n<Message xmlns="ESFA/ILR/2025-26">&x;</Message>`;
    expect(() => readIlrXml(evil)).toThrow(IlrReadError);
  });

  test('an unknown namespace is refused naming it and the known years', () => {
    expect(() => readIlrXml(head('ESFA/ILR/2019-20') + '</Message>')).toThrow(
      /line 2: the file's namespace "ESFA\/ILR\/2019-20" is not a known ILR year; known: ESFA\/ILR\/2020-21, ESFA\/ILR\/2025-26/,
    );
  });

  test('a root that is not Message is refused', () => {
    expect(() => readIlrXml('<Learner xmlns="ESFA/ILR/2025-26"/>')).toThrow(/not an ILR <Message>/);
  });

  test('malformed XML is reported with its line', () => {
    expect(() => readIlrXml(head('ESFA/ILR/2025-26') + '<Learner>\n<ULN>1</Learner>')).toThrow(/not well-formed XML/);
  });

  test('unknown elements are kept, not dropped: simple ones as fields, complex ones as records', () => {
    const msg = readIlrXml(head('ESFA/ILR/2025-26') + '<Learner><LearnRefNumber>A1</LearnRefNumber><Mystery>42</Mystery><Odd><Inner>x</Inner></Odd></Learner></Message>');
    const l = learners(msg)[0]!;
    expect(text(l, 'Mystery')).toBe('42');
    expect(text(kids(l, 'Odd')[0], 'Inner')).toBe('x');
  });

  test('values keep their exact text: leading zeros, spaces inside, escaped characters', () => {
    const msg = readIlrXml(head('ESFA/ILR/2025-26') + '<Learner><LearnRefNumber>007 A</LearnRefNumber><AddLine1>Flat 1 &amp; 2 &lt;rear&gt;</AddLine1></Learner></Message>');
    const l = learners(msg)[0]!;
    expect(text(l, 'LearnRefNumber')).toBe('007 A');
    expect(text(l, 'AddLine1')).toBe('Flat 1 & 2 <rear>');
  });

  test('a simple element repeated in one record is refused naming both lines', () => {
    expect(() => readIlrXml(head('ESFA/ILR/2025-26') + '<Learner>\n<ULN>1</ULN>\n<ULN>2</ULN></Learner></Message>')).toThrow(/line 5: <ULN> appears more than once in the same <Learner> \(first at line 4\)/);
  });

  test('a byte-order mark is accepted', () => {
    const reader = new IlrXmlReader();
    reader.write('\ufeff' + head('ESFA/ILR/2025-26') + '</Message>');
    expect(reader.finish().year.code).toBe('2526');
  });
});
