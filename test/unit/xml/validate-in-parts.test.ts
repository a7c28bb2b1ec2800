import { readFileSync } from 'node:fs';
import { readIlrXml } from '../../../src/core/xml/read-xml';
import { validateAgainstXsd, validateInParts } from '../../../src/core/xml/validate-xsd';
import { emptyReport, writeXmlBytes } from '../../../src/core/xml/write-xml';
import { ESFA_SAMPLE_2526, SYNTHETIC_2021 } from '../../helpers/xmllint';

jest.setTimeout(120_000);

/** The written file of an input, and the whole-file verdict next to the verdict in parts of a few records each. */
async function bothWays(xml: string, partBytes: number) {
  const msg = readIlrXml(xml);
  const report = emptyReport();
  const bytes = writeXmlBytes(msg, report);
  const whole = await validateAgainstXsd(bytes, msg.year.xsd, report);
  const parts = await validateInParts(bytes, msg.year.xsd, report, partBytes);
  return { whole, parts };
}

describe('validating a large written file in parts gives the whole file\'s verdict', () => {
  test('ESFA sample broken in the header, the first, a middle and the last learner, and an unknown element at the end: same violations, same lines', async () => {
    let xml = readFileSync(ESFA_SAMPLE_2526, 'utf8')
      .replace('<SerialNo>01</SerialNo>', '<SerialNo>1X</SerialNo>')
      .replace('<ULN>1061484016</ULN>', '<ULN>10614840161</ULN>');
    const starts = [...xml.matchAll(/<Learner>/g)].map((m) => m.index!);
    const breakAt = (i: number) => {
      const at = xml.indexOf('<LearnRefNumber>', starts[i]!);
      xml = xml.slice(0, at) + '<Oops>1</Oops>' + xml.slice(at);
    };
    breakAt(18);
    breakAt(9);
    xml = xml.replace('</Message>', '<Trailer>1</Trailer></Message>');
    for (const partBytes of [8000, 40_000]) {
      const { whole, parts } = await bothWays(xml, partBytes);
      expect(whole.length).toBeGreaterThanOrEqual(5);
      expect(parts).toEqual(whole);
    }
  });

  test('a 2020-21 file with destinations broken in a learner and a destination record', async () => {
    const xml = readFileSync(SYNTHETIC_2021, 'utf8').replace(/<OutType>[^<]*<\/OutType>/, '<OutType>TOOLONG</OutType>').replace('<ULN>1000000027</ULN>', '<ULN>99999999999</ULN>');
    const { whole, parts } = await bothWays(xml, 500);
    expect(whole.length).toBe(2);
    expect(parts).toEqual(whole);
  });

  test('a valid file is valid in parts too', async () => {
    const { whole, parts } = await bothWays(readFileSync(ESFA_SAMPLE_2526, 'utf8'), 5000);
    expect(whole).toEqual([]);
    expect(parts).toEqual([]);
  });
});
