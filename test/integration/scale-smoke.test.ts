// The scale smoke (issue 13): 1,000 learners grown from the ESFA 2025-26 sample through import, check and xml.
// It asserts what the commands do, not how fast: the timings are `npm run bench -- process`.
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { grownLearnRef, sampleTemplate, writeGrownSample, type GrownFile } from '../../bench/grow-sample';
import { ulnPassesChecksum } from '../../src/core/rules/derived/uln-check-digit';
import { runCli } from '../helpers/run-cli';
import { xmlDifferences } from '../helpers/xml-equivalence';
import { ESFA_SAMPLE_2526, xmllintValidate, xsdFor } from '../helpers/xmllint';

// not a timing test: generous for a loaded 2-core machine (about 20 s in all on a quiet one)
jest.setTimeout(180_000);

const N = 1000;
const AS_OF = '2026-07-31';
let dir: string;
let xml: string;
let grown: GrownFile;
const workbook = (): string => join(dir, 'book.xlsx');

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'ilr-scale-'));
  xml = join(dir, sampleTemplate(readFileSync(ESFA_SAMPLE_2526, 'utf8')).fileName);
  grown = writeGrownSample(xml, N);
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const values = (text: string, tag: string): string[] => [...text.matchAll(new RegExp(`<${tag}>([^<]*)</${tag}>`, 'g'))].map((m) => m[1]!);

/** What `ilr check --format json` found, as rule|learner|aim|field, sorted: the same data gives the same list. */
function findingKeys(json: string): string[] {
  const report = JSON.parse(json) as { findings: { rule: string; learnRefNumber?: string; aimSeqNumber?: string; field?: string }[] };
  return report.findings.map((f) => `${f.rule}|${f.learnRefNumber ?? ''}|${f.aimSeqNumber ?? ''}|${f.field ?? ''}`).sort();
}

describe('a 1,000-learner file grown from the ESFA 2025-26 sample', () => {
  test('is valid against the official XSD (system xmllint), with its own learners, ULNs and aim IDs', () => {
    const lint = xmllintValidate(xml, xsdFor('2025-26'));
    expect(lint.output).toMatch(/validates/);
    expect(lint.valid).toBe(true);

    const text = readFileSync(xml, 'utf8');
    const sample = readFileSync(ESFA_SAMPLE_2526, 'utf8');
    expect(grown).toMatchObject({ learners: N, bytes: Buffer.byteLength(text) });
    expect(values(text, 'LearnRefNumber')).toHaveLength(N);
    expect(new Set(values(text, 'LearnRefNumber')).size).toBe(N);
    expect(values(text, 'LearnRefNumber')[N - 1]).toBe(grownLearnRef(N - 1));
    // about 1.84 aims per learner, as the sample (35 aims over 19 learners)
    expect(values(text, 'AimSeqNumber')).toHaveLength(grown.deliveries);
    expect(grown.deliveries / N).toBeCloseTo(35 / 19, 1);

    const ulns = values(text, 'ULN');
    expect(new Set(ulns).size).toBe(N);
    expect(ulns.filter((u) => !ulnPassesChecksum(u) || u === '9999999999')).toEqual([]);
    const sampleKeys = new Set([...values(sample, 'ULN'), ...values(sample, 'LearnRefNumber'), ...values(sample, 'SWSupAimId')]);
    expect([...ulns, ...values(text, 'SWSupAimId')].filter((v) => sampleKeys.has(v))).toEqual([]);
    // everything else is the sample's: the first clone of each sample learner has its family name and aims
    expect(values(text, 'FamilyName').slice(0, 19)).toEqual(values(sample, 'FamilyName'));
    expect(values(text, 'LearnAimRef').slice(0, 35)).toEqual(values(sample, 'LearnAimRef'));
  });

  test('is the same bytes each time it is made', () => {
    const again = join(dir, 'again.xml');
    writeGrownSample(again, N);
    expect(readFileSync(again).equals(readFileSync(xml))).toBe(true);
  });
});

describe('1,000 learners through the command line: import, check (XML and workbook), xml from the workbook', () => {
  test('ilr import writes a workbook of 1,000 learners', async () => {
    const imp = await runCli(['import', xml, '-o', workbook()]);
    expect(imp.err).toBe('');
    expect(imp.code).toBe(0);
    const info = await runCli(['info', workbook()]);
    expect(info.code).toBe(0);
    expect(info.out).toMatch(new RegExp(`^learners: ${N}$`, 'm'));
    expect(info.out).toMatch(new RegExp(`^learning deliveries: ${grown.deliveries}$`, 'm'));
  });

  test('ilr check finds the same in the workbook as in the XML (the sample has errors: exit 1)', async () => {
    expect(existsSync(workbook())).toBe(true);
    const fromXml = await runCli(['check', xml, '--as-of', AS_OF, '--format', 'json']);
    const fromBook = await runCli(['check', workbook(), '--as-of', AS_OF, '--format', 'json']);
    expect(fromXml.code).toBe(1);
    expect(fromBook.code).toBe(1);
    const a = findingKeys(fromXml.out);
    expect(a.length).toBeGreaterThan(N);
    expect(findingKeys(fromBook.out)).toEqual(a);
  });

  test('ilr xml from the workbook writes 1,000 learners, valid (system xmllint) and equal to the grown file', async () => {
    expect(existsSync(workbook())).toBe(true);
    const out = join(dir, 'out');
    const res = await runCli(['xml', workbook(), '-o', out]);
    expect(res.err).not.toMatch(/refused/);
    expect(res.code).toBe(0);
    const files = readdirSync(out);
    expect(files).toEqual([sampleTemplate(readFileSync(ESFA_SAMPLE_2526, 'utf8')).fileName]);
    const written = join(out, files[0]!);
    const info = await runCli(['info', written]);
    expect(info.out).toMatch(new RegExp(`^learners: ${N}$`, 'm'));
    const lint = xmllintValidate(written, xsdFor('2025-26'));
    expect(lint.output).toMatch(/validates/);
    expect(lint.valid).toBe(true);
    expect(xmlDifferences(readFileSync(xml, 'utf8'), readFileSync(written, 'utf8'))).toEqual([]);
  });
});
