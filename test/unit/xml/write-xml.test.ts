import { messageFrom } from '../../../src/core/model/build';
import { xmlChunks, writeXmlString, emptyReport } from '../../../src/core/xml/write-xml';
import { readIlrXml } from '../../../src/core/xml/read-xml';
import { validateForYear } from '../../../src/core/xml/validate-xsd';

const learner = (ref: string) => ({
  LearnRefNumber: ref, ULN: '1061484016', Ethnicity: '31', Sex: 'F', LLDDHealthProb: '2', PostcodePrior: 'ZZ99 9ZZ', Postcode: 'ZZ99 9ZZ',
  // deliberately out of schema order: the writer must put them right
  LearningDelivery: [{ CompStatus: '1', DelLocPostCode: 'ZZ99 9ZZ', FundModel: '25', LearnPlanEndDate: '2026-06-30', LearnStartDate: '2025-09-01', AimSeqNumber: '1', AimType: '4', LearnAimRef: 'ZPROG001' }],
  FamilyName: 'Test', GivenNames: 'O\'Brien & <Sons>',
});

describe('the ILR XML writer', () => {
  test('writes elements in schema order whatever order the model holds them in, and the XSD accepts it', async () => {
    const msg = messageFrom('2526', { Learner: [learner('A1')] });
    const report = emptyReport();
    const xml = writeXmlString(msg, report);
    const ld = xml.slice(xml.indexOf('<LearningDelivery>'));
    const order = [...ld.matchAll(/<(\w+)>/g)].map((m) => m[1]).slice(1, 9);
    expect(order).toEqual(['LearnAimRef', 'AimType', 'AimSeqNumber', 'LearnStartDate', 'LearnPlanEndDate', 'FundModel', 'DelLocPostCode', 'CompStatus']);
    expect(await validateForYear(xml, msg.year, report)).toEqual([]);
  });

  test('escapes markup characters, and reading back gives the same text', () => {
    const msg = messageFrom('2526', { Learner: [learner('A1')] });
    const xml = writeXmlString(msg);
    expect(xml).toContain('<GivenNames>O\'Brien &amp; &lt;Sons&gt;</GivenNames>');
    expect(readIlrXml(xml).root.children['Learner']![0]!.fields['GivenNames']!.text).toBe('O\'Brien & <Sons>');
  });

  test('streams in chunks: many learners give several chunks whose join is the whole file', () => {
    const msg = messageFrom('2526', { Learner: Array.from({ length: 300 }, (_, i) => learner(`L${i}`)) });
    const chunks = [...xmlChunks(msg, emptyReport(), 4096)];
    expect(chunks.length).toBeGreaterThan(10);
    expect(chunks.join('')).toBe(writeXmlString(msg));
  });

  test('records where each learner starts, to map validation errors back to learners', () => {
    const msg = messageFrom('2526', { Learner: [learner('A1'), learner('B2')] });
    const report = emptyReport();
    const xml = writeXmlString(msg, report);
    const lines = xml.split('\n');
    expect(report.recordLines.map((r) => r.learnRefNumber)).toEqual(['A1', 'B2']);
    for (const r of report.recordLines) expect(lines[r.line - 1]).toMatch(/^\t<Learner>$/);
    expect(report).toMatchObject({ learners: 2, deliveries: 2, destinations: 0 });
  });

  test('for a year without the DP entity, destination records are left out and the report says so', () => {
    const msg = messageFrom('2526', {
      Learner: [learner('A1')],
      LearnerDestinationandProgression: [{ LearnRefNumber: 'A1', ULN: '1061484016', DPOutcome: [{ OutType: 'EDU', OutCode: '1', OutStartDate: '2026-09-01', OutCollDate: '2026-08-20' }] }],
    });
    const report = emptyReport();
    const xml = writeXmlString(msg, report);
    expect(xml).not.toContain('DPOutcome');
    expect(report.leftOut).toEqual([
      expect.objectContaining({ path: 'Message/LearnerDestinationandProgression', count: 1, reason: expect.stringContaining('2025-26 ILR has no Learner Destination and Progression entity') }),
    ]);
  });

  test('for a year with the DP entity, destinations are written after the learners', async () => {
    const msg = messageFrom('2021', {
      Learner: [{ ...learner('A1'), LearningDelivery: [{ LearnAimRef: 'ZPROG001', AimType: '4', AimSeqNumber: '1', LearnStartDate: '2020-09-01', LearnPlanEndDate: '2021-06-30', FundModel: '25', DelLocPostCode: 'ZZ99 9ZZ', CompStatus: '1' }] }],
      LearnerDestinationandProgression: [{ LearnRefNumber: 'A1', ULN: '1061484016', DPOutcome: [{ OutType: 'EDU', OutCode: '1', OutStartDate: '2021-09-01', OutCollDate: '2021-08-20' }] }],
    });
    const report = emptyReport();
    const xml = writeXmlString(msg, report);
    expect(xml.indexOf('<LearnerDestinationandProgression>')).toBeGreaterThan(xml.lastIndexOf('</Learner>'));
    expect(report.leftOut).toEqual([]);
    expect(await validateForYear(xml, msg.year, report)).toEqual([]);
  });

  test('an element the schema does not know is written, so the XSD check names it instead of it vanishing', async () => {
    const msg = messageFrom('2526', { Learner: [{ ...learner('A1'), Nickname: 'Jo' }] });
    const report = emptyReport();
    const xml = writeXmlString(msg, report);
    expect(xml).toContain('<Nickname>Jo</Nickname>');
    const v = await validateForYear(xml, msg.year, report);
    expect(v[0]).toMatchObject({ element: 'Nickname', learnRefNumber: 'A1', entity: 'Learner' });
  });
});
