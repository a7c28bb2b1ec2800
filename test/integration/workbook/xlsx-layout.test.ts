import JSZip from 'jszip';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { columnIndex } from '../../../src/core/sheet/table';
import { runCli, CLI_TEST_TIMEOUT_MS } from '../../helpers/run-cli';
import { ESFA_SAMPLE_2526, SYNTHETIC_2021 } from '../../helpers/xmllint';

/**
 * The workbook the CLI writes, looked at in its XML parts (what Excel and LibreOffice read): drop-down lists on the coded
 * columns, frozen header, filter, landscape print setup with the header row repeated, a named font, the hidden Lists
 * sheet — and the refusal of a value longer than an Excel cell can hold.
 */

jest.setTimeout(CLI_TEST_TIMEOUT_MS);

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'ilr-layout-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

interface Book {
  zip: JSZip;
  /** Sheet name → its part's XML. */
  sheets: Map<string, string>;
  workbook: string;
  styles: string;
}

async function openBook(file: string): Promise<Book> {
  const zip = await JSZip.loadAsync(readFileSync(file));
  const workbook = await zip.file('xl/workbook.xml')!.async('string');
  const rels = await zip.file('xl/_rels/workbook.xml.rels')!.async('string');
  const sheets = new Map<string, string>();
  for (const m of workbook.matchAll(/<sheet [^>]*name="([^"]+)"[^>]*r:id="([^"]+)"/g)) {
    const target = new RegExp(`Id="${m[2]}"[^>]*Target="([^"]+)"`).exec(rels)?.[1] ?? new RegExp(`Target="([^"]+)"[^>]*Id="${m[2]}"`).exec(rels)?.[1];
    sheets.set(m[1]!, await zip.file(`xl/${target!.replace(/^\/?xl\//, '')}`)!.async('string'));
  }
  return { zip, sheets, workbook, styles: await zip.file('xl/styles.xml')!.async('string') };
}

/** The column letter of a header in a sheet's first row (strings are written inline). */
function columnOf(sheetXml: string, header: string): string {
  const m = new RegExp(`<c r="([A-Z]+)1"[^>]*><v>${header}</v></c>`).exec(sheetXml) ?? new RegExp(`<c r="([A-Z]+)1"[^>]*><is><t>${header}</t></is></c>`).exec(sheetXml);
  if (!m) throw new Error(`no ${header} header`);
  return m[1]!;
}

function listValidationOn(sheetXml: string, column: string): string | undefined {
  return [...sheetXml.matchAll(/<dataValidation [^>]*>[\s\S]*?<\/dataValidation>/g)].map((m) => m[0]).find((v) => v.includes('type="list"') && new RegExp(`sqref="${column}2:${column}\\d+"`).test(v));
}

describe('the written workbook (template and imported ESFA sample)', () => {
  it('has list drop-downs on the coded columns, frozen header, filter, landscape print titles and a named font', async () => {
    const template = join(dir, 'template.xlsx');
    expect((await runCli(['template', '--year', '2526', '-o', template])).code).toBe(0);
    const imported = join(dir, 'sample.xlsx');
    expect((await runCli(['import', ESFA_SAMPLE_2526, '-o', imported])).code).toBe(0);
    for (const file of [template, imported]) {
      const book = await openBook(file);
      const ld = book.sheets.get('LearningDelivery')!;
      for (const field of ['CompStatus', 'Outcome', 'WithdrawReason', 'FundModel']) {
        const v = listValidationOn(ld, columnOf(ld, field));
        expect([field, v]).toEqual([field, expect.stringContaining('<dataValidation type="list"')]);
        expect(v).toMatch(/showInputMessage="1"/);
        expect(v).toMatch(/errorStyle="stop"/); // complete lists stop an unknown code
      }
      // the list holds the codes as the cells hold them: CompStatus 1, 2, 3, 6 inline
      expect(listValidationOn(ld, columnOf(ld, 'CompStatus'))).toMatch(/<formula1>(&quot;|")1,2,3,6(&quot;|")<\/formula1>/);
      // the descriptions in the prompt, cut to Excel's 255 characters
      expect(listValidationOn(ld, columnOf(ld, 'WithdrawReason'))).toMatch(/prompt="2 Learner has transferred to another provider; 3 [^"]*… \(all codes: header note\)"/);
      expect(listValidationOn(ld, columnOf(ld, 'Outcome'))).toMatch(/prompt="1 Achieved; 2 Partial achievement; 3 No achievement; 8 [^"]*"/);
      // an incomplete list only warns
      const ldFam = book.sheets.get('LearningDeliveryFAM');
      if (ldFam) expect(listValidationOn(ldFam, columnOf(ldFam, 'LearnDelFAMType'))).toMatch(/errorStyle="warning"/);
      expect(ld).toMatch(/<pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"\/>/);
      expect(ld).toMatch(/<autoFilter ref="A1:[A-Z]+\d+"\/>/);
      expect(ld).toMatch(/<pageSetup [^>]*orientation="landscape"/);
      // too wide to shrink to one page: prints across pages at full size; a narrow sheet is fitted to the page width
      expect(ld).not.toMatch(/fitToPage="1"/);
      const fam = book.sheets.get('LearnerFAM')!;
      expect(fam).toMatch(/<pageSetup [^>]*orientation="landscape"[^>]*fitToWidth="1" fitToHeight="0"/);
      expect(fam).toMatch(/<pageSetUpPr fitToPage="1"\/>/);
      const ldIndex = [...book.sheets.keys()].indexOf('LearningDelivery');
      expect(book.workbook).toContain(`<definedName name="_xlnm.Print_Titles" localSheetId="${ldIndex}">&apos;LearningDelivery&apos;!$1:$1</definedName>`);
      // the named font on the header (bold) and on the data
      expect(book.styles).toMatch(/<font><b\/><sz val="11"\/><name val="Calibri"\/><\/font>/);
      expect(book.styles).toMatch(/<font><sz val="11"\/><name val="Calibri"\/><\/font>/);
      // the hidden sheet of code lists
      expect(book.workbook).toMatch(/<sheet [^>]*name="ILR Lists" state="hidden"/);
      // headers fit: AimSeqNumber and PMUKPRN are not cut
      const widthOf = (xml: string, col: string) => {
        const n = columnIndex(col);
        const m = new RegExp(`<col min="${n}" max="${n}" width="([\\d.]+)"`).exec(xml);
        return Number(m?.[1]);
      };
      expect(widthOf(ld, columnOf(ld, 'AimSeqNumber'))).toBeGreaterThanOrEqual('AimSeqNumber'.length + 3);
      const learner = book.sheets.get('Learner')!;
      expect(widthOf(learner, columnOf(learner, 'PMUKPRN'))).toBeGreaterThanOrEqual('PMUKPRN'.length + 3);
    }
  });

  it('has the OutType drop-down on DPOutcome (a year with destinations)', async () => {
    const file = join(dir, 'dp.xlsx');
    expect((await runCli(['import', SYNTHETIC_2021, '-o', file])).code).toBe(0);
    const book = await openBook(file);
    const dp = book.sheets.get('DPOutcome')!;
    expect(listValidationOn(dp, columnOf(dp, 'OutType'))).toMatch(/<dataValidation type="list"[\s\S]*<formula1>(&quot;|")[A-Z,]+(&quot;|")<\/formula1>/);
    // OutCode depends on OutType in the same row: no single list, no drop-down
    expect(listValidationOn(dp, columnOf(dp, 'OutCode'))).toBeUndefined();
  });

  it('is read back without a note about the Lists sheet', async () => {
    const file = join(dir, 'sample.xlsx');
    expect((await runCli(['import', ESFA_SAMPLE_2526, '-o', file])).code).toBe(0);
    const res = await runCli(['check', file, '--format', 'json']);
    expect(res.out).not.toMatch(/ILR Lists/);
    expect(res.out).toMatch(/"findings"/);
  });
});

describe('a cell over Excel’s 32,767-character limit', () => {
  it('import of an XML with a 40,000-character value is refused, naming the learner and element, and writes no workbook', async () => {
    const xml = readFileSync(ESFA_SAMPLE_2526, 'utf8');
    const m = /<LearnRefNumber>([^<]+)<\/LearnRefNumber>[\s\S]*?<FamilyName>([^<]*)<\/FamilyName>/.exec(xml)!;
    const at = m.index + m[0].lastIndexOf(m[2]!);
    const file = join(dir, 'long.xml');
    writeFileSync(file, `${xml.slice(0, at)}${'x'.repeat(40_000)}${xml.slice(at + m[2]!.length)}`);
    const out = join(dir, 'long.xlsx');
    const res = await runCli(['import', file, '-o', out]);
    expect(res.code).toBe(1);
    expect(res.err).toMatch(/^ilr: Learner!G\d+ \(FamilyName of learner /);
    expect(res.err).toContain(`learner ${m[1]}`);
    expect(res.err).toMatch(/40,000 characters long, more than the 32,767 an Excel cell can hold; no workbook was written/);
    expect(res.err).not.toMatch(/internal error/);
    expect(existsSync(out)).toBe(false);
  });
});
