/**
 * Issue 14 item 6 — privacy: no learner's name, ULN or NI number in logs or errors.
 *
 * DECISION (the issue is silent on it): a line that REPORTS A PROBLEM WITH A FIELD AT ITS PLACE may show that field's
 * value — that is the product's job, on the user's own screen: a check finding ("Learner!M3 … FamilyName Sm1th contains a
 * digit"), the note on the cell, an XSD refusal line of `ilr xml` naming the element and its line ("element FamilyName,
 * line 92: … The value 'Sm1th' …"). Everything else carries no learner value at all:
 *   - a line about another field (a ULN finding must not print the learner's name), headings, summaries, notes of
 *     reading a workbook, progress, and errors that are not such problem lines;
 *   - anything written through console.* or straight to process.stdout/stderr outside the command's own output (the CLI
 *     in-process, and the task pane's check, highlight, clear, export and import flows on the in-memory host): nothing.
 * A refusal names the learner by LearnRefNumber (the provider's own reference) and the place (sheet and cell, line),
 * never the value.
 *
 * The values looked for come from the data itself: every FamilyName, GivenNames, ULN and NINumber of the ESFA sample
 * file and of a copy of the sample workbook with distinctive planted names and NI numbers, and the sample workbook's
 * ULNs and NI numbers (its own names, "Learner", "Alpha"…, are words the product prints anyway). Some planted values
 * are invalid, so findings and refusals about those very fields are exercised.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { readXlsxTables } from '../../src/cli/xlsx/read-xlsx';
import { readTables } from '../../src/core/sheet/read-tables';
import { readIlrXml } from '../../src/core/xml/read-xml';
import type { IlrRecord } from '../../src/core/model/record';
import { checkWorkbook, marksFor } from '../../src/taskpane/app/check-workbook';
import { buildExport } from '../../src/taskpane/app/export-flow';
import { applyImport, planImport } from '../../src/taskpane/app/import-flow';
import { DEFAULT_PANE_SETTINGS } from '../../src/taskpane/app/settings-model';
import { runCli, CLI_TEST_TIMEOUT_MS } from '../helpers/run-cli';
import { ESFA_SAMPLE_2526 } from '../helpers/xmllint';
import { FakePort } from '../unit/taskpane/ui/fake-port';

jest.setTimeout(4 * CLI_TEST_TIMEOUT_MS);

const ROOT = join(__dirname, '..', '..');
const SAMPLE = join(ROOT, 'assets', 'sample', 'ILR-Sample-2526.xlsx');
const PERSONAL = ['FamilyName', 'GivenNames', 'ULN', 'NINumber'] as const;
type PersonalField = (typeof PERSONAL)[number];

interface Secret {
  field: PersonalField;
  value: string;
  re: RegExp;
}

const escapeRe = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

function secretsOf(learners: IlrRecord[]): Secret[] {
  const out = new Map<string, Secret>();
  for (const l of learners) {
    for (const field of PERSONAL) {
      const value = l.fields[field]?.text?.trim();
      // names shorter than 4 letters are words ("Ann", "Lee") the product may print for other reasons
      if (!value || (field !== 'ULN' && value.length < 4)) continue;
      out.set(`${field}:${value}`, { field, value, re: new RegExp(`(^|[^A-Za-z0-9])${escapeRe(value)}($|[^A-Za-z0-9])`) });
    }
  }
  return [...out.values()];
}

/** Lines of `text` that carry a secret, with which. */
function leaks(text: string, secrets: Secret[], allowed: (line: string, s: Secret) => boolean = () => false): string[] {
  const out: string[] = [];
  for (const line of text.split('\n')) {
    for (const s of secrets) if (s.re.test(line) && !allowed(line, s)) out.push(`${s.field} value in: ${line.slice(0, 200)}`);
  }
  return out;
}

const PLACE = /[A-Za-z]+![A-Z]+\d+|\bline \d+/;

/** A line reporting a problem with the secret's own field at its place (sheet!cell or line): it may show the value. */
const problemLineOfField = (line: string, s: Secret) => PLACE.test(line) && new RegExp(`\\b${s.field}\\b`).test(line);

/**
 * In `ilr check` text output, a value may be shown only on a finding line (indented, at a place) under a rule about that
 * very field, or naming it.
 */
function checkOutputLeaks(out: string, secrets: Secret[]): string[] {
  const found: string[] = [];
  let ruleLine = '';
  for (const line of out.split('\n')) {
    if (/^\S+( \[advice\])? — \d+ finding/.test(line)) ruleLine = line;
    for (const s of secrets) {
      if (!s.re.test(line)) continue;
      const isFinding = /^ {2}\S/.test(line) && ruleLine !== '' && PLACE.test(line);
      const aboutField = new RegExp(`\\b${s.field}\\b`).test(ruleLine) || new RegExp(`\\b${s.field}\\b`).test(line);
      if (!(isFinding && aboutField)) found.push(`${s.field} value in: ${line.slice(0, 200)}${ruleLine ? ` (under "${ruleLine.slice(0, 80)}")` : ''}`);
    }
  }
  return found;
}

/** Captures every console.* call and direct write to process.stdout/stderr while `f` runs. */
async function captureConsole<T>(f: () => Promise<T>): Promise<{ result: T; logged: string }> {
  const logged: string[] = [];
  const methods = ['log', 'info', 'warn', 'error', 'debug', 'trace'] as const;
  const spies = methods.map((m) => jest.spyOn(console, m).mockImplementation((...a: unknown[]) => void logged.push(a.map(String).join(' '))));
  const writes = [process.stdout, process.stderr].map((s) =>
    jest.spyOn(s, 'write').mockImplementation(((chunk: unknown) => {
      logged.push(String(chunk));
      return true;
    }) as typeof s.write),
  );
  try {
    return { result: await f(), logged: logged.join('\n') };
  } finally {
    for (const s of [...spies, ...writes]) s.mockRestore();
  }
}

let dir: string;
let planted: string;
let plantedBadUln: string;
let secrets: Secret[];

/**
 * A copy of the sample with distinctive names and NI numbers; learner 2 has a digit in the family name and an
 * NI number of the wrong form (findings about those fields may show them); `badUln` also makes one ULN 11 digits long,
 * which the XML export must refuse without printing it.
 */
async function plant(file: string, badUln: boolean): Promise<void> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(SAMPLE);
  const ws = wb.getWorksheet('Learner')!;
  const header = ws.getRow(1);
  const col = (name: string) => {
    let at = 0;
    header.eachCell((c, i) => {
      if (c.value === name) at = i;
    });
    if (!at) throw new Error(`no ${name} column`);
    return at;
  };
  const [fam, giv, ni, uln] = [col('FamilyName'), col('GivenNames'), col('NINumber'), col('ULN')];
  const letters = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';
  for (let r = 2; r <= ws.rowCount; r++) {
    const row = ws.getRow(r);
    if (row.getCell(1).value === null) continue;
    const k = letters[(r - 2) % 26]!;
    row.getCell(fam).value = r === 3 ? 'Quixwardle9' : `Quixwardle${k}${k.toLowerCase()}`;
    row.getCell(giv).value = `Zephyrinne ${k}${k.toLowerCase()}aud`;
    row.getCell(ni).value = r === 3 ? 'QQ12X' : `JK${String(123400 + r).padStart(6, '0')}${'ABCD'[r % 4]}`;
    if (badUln && r === 4) row.getCell(uln).value = 10614840161;
  }
  await wb.xlsx.writeFile(file);
}

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'ilr-privacy-'));
  planted = join(dir, 'planted.xlsx');
  plantedBadUln = join(dir, 'planted-bad-uln.xlsx');
  await plant(planted, false);
  await plant(plantedBadUln, true);
  const learners: IlrRecord[] = [];
  for (const f of [planted, plantedBadUln]) learners.push(...(readTables(await readXlsxTables(f), { year: '2526' }).message.root.children['Learner'] ?? []));
  learners.push(...(readIlrXml(readFileSync(ESFA_SAMPLE_2526, 'utf8')).root.children['Learner'] ?? []));
  const sample = readTables(await readXlsxTables(SAMPLE), { year: '2526' }).message.root.children['Learner'] ?? [];
  secrets = [...secretsOf(learners), ...secretsOf(sample).filter((x) => x.field === 'ULN' || x.field === 'NINumber')];
});

afterAll(() => rmSync(dir, { recursive: true, force: true }));

test('the values looked for are there: names, ULNs and NI numbers of the samples and the planted copy', () => {
  const fields = new Set(secrets.map((s) => s.field));
  expect([...fields].sort()).toEqual(['FamilyName', 'GivenNames', 'NINumber', 'ULN']);
  expect(secrets.map((s) => s.value)).toEqual(expect.arrayContaining(['Quixwardle9', 'QQ12X', '1061484016', 'Spock', '10614840161']));
});

describe('the command line, in-process (console and process output captured)', () => {
  test('ilr check: values only on finding lines about their own field; nothing on stderr or the console', async () => {
    for (const input of [SAMPLE, planted, plantedBadUln, ESFA_SAMPLE_2526]) {
      const { result, logged } = await captureConsole(() => runCli(['check', input, '--as-of', '2026-03-31']));
      expect(leaks(logged, secrets)).toEqual([]);
      expect(leaks(result.err, secrets)).toEqual([]);
      expect(checkOutputLeaks(result.out, secrets)).toEqual([]);
    }
    // the planted invalid name and NI number are findings at their cells, so the test is not vacuous
    const r = await runCli(['check', planted, '--as-of', '2026-03-31']);
    expect(r.out).toMatch(/FD_FamilyName_AP[^\n]*\n\s+Learner!G3 learner T0002/);
    expect(r.out).toMatch(/NINumber_01[^\n]*\n\s+Learner!M3 learner T0002/);
  });

  test('ilr check --format json: a value only as the value (or in the message) of a finding about that field', async () => {
    for (const input of [planted, ESFA_SAMPLE_2526]) {
      const { result, logged } = await captureConsole(() => runCli(['check', input, '--as-of', '2026-03-31', '--format', 'json']));
      expect(leaks(logged + result.err, secrets)).toEqual([]);
      const json = JSON.parse(result.out) as { findings: { field?: string; value?: string; message: string; [k: string]: unknown }[]; [k: string]: unknown };
      const { findings, ...rest } = json;
      if (input === planted) expect(findings).toContainEqual(expect.objectContaining({ rule: 'FD_FamilyName_AP', field: 'FamilyName', value: 'Quixwardle9' }));
      expect(leaks(JSON.stringify(rest, null, 1), secrets)).toEqual([]);
      for (const f of findings) {
        const { value, message, ...others } = f;
        expect(leaks(JSON.stringify(others, null, 1), secrets)).toEqual([]);
        expect(leaks(`${value ?? ''}\n${message}`, secrets, (_l, s) => s.field === f.field)).toEqual([]);
      }
    }
  });

  test('ilr xml and ilr import print a learner value only on a refusal line about that field; nothing on the console', async () => {
    const runs: { code: number; out: string; err: string }[] = [];
    const { logged } = await captureConsole(async () => {
      runs.push(await runCli(['xml', planted, '-o', join(dir, 'x1')]));
      runs.push(await runCli(['xml', plantedBadUln, '-o', join(dir, 'x2')]));
      runs.push(await runCli(['xml', ESFA_SAMPLE_2526, '-o', join(dir, 'x3')]));
      runs.push(await runCli(['import', ESFA_SAMPLE_2526, '-o', join(dir, 'imported.xlsx')]));
      runs.push(await runCli(['xml', join(dir, 'imported.xlsx'), '-o', join(dir, 'x4')]));
    });
    expect(runs[1]!.code).not.toBe(0); // the 11-digit ULN is refused…
    expect(runs[1]!.err + runs[1]!.out).toMatch(/ULN/); // …naming the field
    expect(leaks(logged, secrets)).toEqual([]);
    for (const r of runs) expect(leaks(`${r.out}\n${r.err}`, secrets, problemLineOfField)).toEqual([]);
  });
});

describe('the command line as a subprocess (stdout and stderr)', () => {
  const bin = join(ROOT, 'bin', 'ilr.js');
  beforeAll(() => {
    if (!existsSync(join(ROOT, 'dist-cli', 'ilr.cjs'))) execFileSync(process.execPath, [join(ROOT, 'scripts', 'build-cli.mjs')], { cwd: ROOT });
  });
  const ilr = (args: string[]) => spawnSync(process.execPath, [bin, ...args], { encoding: 'utf8', cwd: dir });

  test('check, xml and import: values only on check finding lines about their own field', () => {
    const check = ilr(['check', planted, '--as-of', '2026-03-31']);
    expect(check.status).not.toBeNull();
    expect(checkOutputLeaks(check.stdout, secrets)).toEqual([]);
    expect(leaks(check.stderr, secrets)).toEqual([]);
    for (const args of [
      ['xml', plantedBadUln, '-o', join(dir, 's1')],
      ['xml', planted, '-o', join(dir, 's2')],
      ['import', ESFA_SAMPLE_2526, '-o', join(dir, 's-imported.xlsx')],
    ]) {
      const r = ilr(args);
      expect(r.error).toBeUndefined();
      expect(leaks(`${r.stdout}\n${r.stderr}`, secrets, problemLineOfField)).toEqual([]);
    }
  });
});

describe('the task pane on the in-memory host (console spied)', () => {
  test('check, highlight, clear, export and import write nothing with a learner value to the console; read notes carry none', async () => {
    const tables = (await readXlsxTables(planted)).filter((t) => t.sheet !== 'Checks');
    const port = new FakePort(tables);
    const { logged } = await captureConsole(async () => {
      const check = await checkWorkbook(port, { ...DEFAULT_PANE_SETTINGS, year: '2526', asOf: '2026-03-31' });
      expect(leaks(check.notes.join('\n'), secrets)).toEqual([]);
      await port.highlight(marksFor(check.findings));
      await port.clearHighlights();
      await buildExport(port, check.message, new Date('2026-03-31T10:00:00Z'));
      const plan = await planImport(port, readFileSync(ESFA_SAMPLE_2526, 'utf8'));
      await applyImport(port, plan);
      await checkWorkbook(port, { ...DEFAULT_PANE_SETTINGS, year: '2526', asOf: '2026-03-31' });
    });
    expect(leaks(logged, secrets)).toEqual([]);
  });
});
