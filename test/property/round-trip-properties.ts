import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { readIlrXml } from '../../src/core/xml/read-xml';
import { writeXmlString } from '../../src/core/xml/write-xml';
import { messageToTables } from '../../src/core/sheet/write-tables';
import { readTables } from '../../src/core/sheet/read-tables';
import { readXlsxTables } from '../../src/cli/xlsx/read-xlsx';
import { writeWorkbookFile } from '../../src/cli/xlsx/write-xlsx';
import { years } from '../../src/core/years/registry';
import type { IlrMessage } from '../../src/core/model/record';
import { xsdFor } from '../helpers/xmllint';
import { messageArb, plain } from './ilr-arbitrary';

/**
 * Issue 14 item 3: random XSD-valid messages of both shipped years, built from the year's schema model, survive
 * model → XML → model and model → workbook tables → model unchanged (every value as text). A sample of the generated
 * files is validated with the system xmllint, so the generator is known to make XSD-valid messages.
 * PROPERTY_RUNS (default 1000) sets the cases per property; a failure prints fast-check's seed and shrunk case.
 */

const RUNS = Number(process.env.PROPERTY_RUNS ?? 1000);
const NOW = new Date(Date.UTC(2026, 0, 15, 12));
const XMLLINT_SAMPLE = 50;
/** Cases through a real .xlsx (exceljs write and read, ~0.1–0.3 s each): the tables property's slower sibling. */
const XLSX_RUNS = Number(process.env.PROPERTY_XLSX_RUNS ?? 40);

/** fast-check's report without the year object (its XSD text is 200 kB): seed, path, error and the shrunk file. */
function report(d: fc.RunDetails<[IlrMessage]>): void {
  if (!d.failed) return;
  const xml = d.counterexample ? writeXmlString(d.counterexample[0]) : '';
  const err = d.errorInstance instanceof Error ? d.errorInstance.message : String(d.errorInstance);
  throw new Error(`property failed after ${d.numRuns} run(s), seed ${d.seed}, path "${d.counterexamplePath}" (shrunk ${d.numShrinks} times)\n${err}\nshrunk case:\n${xml}`);
}

/** The three properties for one year (one test file per year, so jest runs the years side by side). */
export function describeRoundTrips(code: string): void {
  const year = years.get(code);
  jest.setTimeout(120_000);
  describe(`${year.label}: random XSD-valid messages`, () => {
    test(`the generator makes XSD-valid files (xmllint on ${XMLLINT_SAMPLE})`, () => {
      const dir = mkdtempSync(join(tmpdir(), 'ilr-prop-'));
      try {
        const files = fc.sample(messageArb(year), { numRuns: XMLLINT_SAMPLE, seed: 14 }).map((m, i) => {
          const f = join(dir, `m${i}.xml`);
          writeFileSync(f, writeXmlString(m));
          return f;
        });
        const r = spawnSync('xmllint', ['--noout', '--schema', xsdFor(year.label), ...files], { encoding: 'utf8', maxBuffer: 1 << 24 });
        if (r.error) throw new Error(`xmllint could not run (apt-get install -y libxml2-utils): ${r.error.message}`);
        const out = `${r.stdout}${r.stderr}`;
        const valid = out.split('\n').filter((l) => / validates$/.test(l)).length;
        // libxml2 warns that the ILR namespace is not an absolute URI; anything else it says is a failure
        expect(out.split('\n').filter((l) => /fails to validate|validity error|parser error/.test(l))).toEqual([]);
        expect(valid).toBe(XMLLINT_SAMPLE);
        expect(r.status).toBe(0);
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    });

    test(`model → XML → model is the identity (${RUNS} cases)`, () => {
      fc.assert(
        fc.property(messageArb(year), (msg) => {
          const back = readIlrXml(writeXmlString(msg));
          expect(back.year).toBe(year);
          expect(plain(back.root)).toEqual(plain(msg.root));
        }),
        { numRuns: RUNS, reporter: report },
      );
    });

    test(`model → workbook tables → model is the identity, values as text (${RUNS} cases)`, () => {
      fc.assert(
        fc.property(messageArb(year, { sheetSafe: true }), (msg) => {
          const tables = messageToTables(msg);
          const { message, problems } = readTables(tables, { now: NOW });
          expect(problems).toEqual([]);
          expect(message.year).toBe(year);
          expect(plain(message.root)).toEqual(plain(msg.root));
        }),
        { numRuns: RUNS, reporter: report },
      );
    });

    test(`model → .xlsx workbook (as ilr import writes it) → model is the identity (${XLSX_RUNS} cases)`, async () => {
      await fc.assert(
        fc.asyncProperty(messageArb(year, { sheetSafe: true, topRepeats: 2 }), async (msg) => {
          const dir = mkdtempSync(join(tmpdir(), 'ilr-prop-'));
          try {
            const file = join(dir, 'round-trip.xlsx');
            await writeWorkbookFile(file, messageToTables(msg), year, { notes: false });
            const { message, problems } = readTables(await readXlsxTables(file), { now: NOW });
            expect(problems).toEqual([]);
            expect(plain(message.root)).toEqual(plain(msg.root));
          } finally {
            rmSync(dir, { recursive: true, force: true });
          }
        }),
        { numRuns: XLSX_RUNS, reporter: report },
      );
    });
  });
}
