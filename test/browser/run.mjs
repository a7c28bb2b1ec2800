/**
 * Browser test of the built task pane (run `npm run build` first): serves dist/ on 127.0.0.1, opens taskpane.html in
 * headless Chromium (/usr/bin/chromium via playwright-core) with office.js replaced by the in-memory Excel host
 * (fake-excel/fake-excel.js) holding the bundled sample workbook, and drives Check, go-to-cell, Highlight/Clear,
 * Export (refused on the sample's planted errors), Import of the ESFA sample XML, Export of a file that xmllint
 * validates against the official XSD, Summary and Settings. Records every request: only the test origin and the
 * office.js URL are allowed. Screenshots go to test-output/browser/. Ends with "N passed, M failed".
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, existsSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { assert, assertEqual, exportDownload, Harness } from './harness.mjs';
import { serveDirectory } from './static-server.mjs';
import { workbookJson } from './workbook-json.mjs';

const ROOT = resolve(fileURLToPath(new URL('../..', import.meta.url)));
const DIST = join(ROOT, 'dist');
const OUT = join(ROOT, 'test-output', 'browser');
const OFFICE_JS = 'https://appsforoffice.microsoft.com/lib/1/hosted/office.js';
const SAMPLE_XLSX = join(ROOT, 'assets/sample/ILR-Sample-2526.xlsx');
const PLANTED = JSON.parse(readFileSync(join(ROOT, 'assets/sample/expected-findings.json'), 'utf8'));
/** Official rules the rules engine does not implement yet (from `ilr rules`): their planted findings cannot appear. */
const NOT_IMPLEMENTED = new Set(
  JSON.parse(execFileSync(process.execPath, [join(ROOT, 'bin/ilr.js'), 'rules', '--year', '2526', '--format', 'json'], { encoding: 'utf8' }))
    .rules.filter((r) => r.state !== 'implemented')
    .map((r) => r.rule),
);
/** Planted findings whose rule exists by now (advice rules are the product's own and always run). */
const EXPECTED = PLANTED.filter((e) => !NOT_IMPLEMENTED.has(e.rule));
const ESFA_XML = '/work/shared/reference/samples/ILR-99999999-2526-20250108-094401.xml';
const LOCAL_ESFA = join(ROOT, 'test/fixtures/xml/ILR-99999999-2526-20250108-094401.xml');
const XSD = join(ROOT, 'assets/years/ILR-2025-26.xsd');
/** A would-be 2026-27 XSD and file (made by scripts/make-test-fixtures.ts from the 2025-26 ones), for adding a year. */
const XSD_2627 = join(ROOT, 'test/fixtures/xml/ILR-2026-27-likely.xsd');
const FILE_2627 = join(ROOT, 'test/fixtures/xml/ILR-99999999-2627-20260815-094401.xml');
const MARK_FORMULA = '=LEN("ILR Workbench mark")>0';

const harness = new Harness();
let page;
let shots = 0;
/** A step; on failure the screen is saved as test-output/browser/fail-N.png. */
const step = async (name, fn) => {
  const ok = await harness.step(name, fn);
  if (!ok && page) await page.screenshot({ path: join(OUT, `fail-${++shots}.png`), fullPage: true }).catch(() => undefined);
};
const equal = (actual, expected, message) => assertEqual(actual, expected, message);

/** A ULN with its check digit put right (ILR specification: 10×d1 + … + 2×d9, remainder mod 11, digit 10 − remainder). */
function withCheckDigit(uln) {
  for (let d = 0; d <= 9; d++) {
    const u = uln.slice(0, 9) + d;
    const sum = [...u.slice(0, 9)].reduce((t, ch, i) => t + Number(ch) * (10 - i), 0);
    if (10 - (sum % 11) === d) return Number(u);
  }
  // No digit fits (remainder 0 or 10 makes the ULN invalid whatever the last digit): change the ninth digit too.
  return withCheckDigit(String((Number(uln.slice(0, 9)) + 1) * 10));
}

/** The as-of date the sample's planted findings are listed for (assets/sample/README.md), saved with the workbook. */
const SAMPLE_AS_OF = '2026-07-31';

/**
 * The sample workbook plus formatting of the user's own, which Highlight then Clear must leave exactly as it was, and
 * the pane's settings saved in it: the check is "as of" the sample's date, so the test passes whatever day it runs.
 */
async function sampleWithUserFormatting() {
  const data = await workbookJson(SAMPLE_XLSX);
  data.settings = { 'ilrWorkbench.settings': { asOf: SAMPLE_AS_OF } };
  const learner = data.sheets.find((s) => s.name === 'Learner');
  learner.cells.F10 = { ...learner.cells.F10, fill: '#DDEBF7', fontColor: '#7030A0', bold: true };
  learner.conditionalFormats = [{ type: 'CellValue', areas: [{ r: 1, c: 5, rows: 20, cols: 1 }], formula: '>9000000000', fill: '#FFFF00' }];
  learner.notes = { A2: "User's note: check the address" };
  return data;
}

async function main() {
  if (!existsSync(join(DIST, 'taskpane.html'))) {
    throw new Error('dist/taskpane.html is missing: run `npm run build` first');
  }
  rmSync(OUT, { recursive: true, force: true });
  mkdirSync(OUT, { recursive: true });
  const fakeHost = readFileSync(join(ROOT, 'test/browser/fake-excel/fake-excel.js'), 'utf8');
  // what office.js installs: the sample at first; what was saved, when the test reopens the workbook
  let officeData = await sampleWithUserFormatting();
  const server = await serveDirectory(DIST);
  const origin = server.url;
  const profile = mkdtempSync(join(tmpdir(), 'ilr-browser-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: '/usr/bin/chromium',
    headless: true,
    acceptDownloads: true,
    viewport: { width: 420, height: 900 },
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
  const requests = [];
  const pageErrors = [];
  try {
    context.on('request', (r) => requests.push(r.url()));
    await context.route(OFFICE_JS, (route) =>
      route.fulfill({
        status: 200,
        contentType: 'text/javascript',
        headers: { 'Cache-Control': 'no-store' },
        body: `${fakeHost}\nFakeExcel.install(${JSON.stringify(officeData)});\n`,
      }),
    );
    // Anything else off-origin is refused (and recorded above), so a stray request fails the test rather than leaking.
    await context.route((url) => url.origin !== origin && url.href !== OFFICE_JS && url.protocol.startsWith('http'), (route) => route.abort());
    page = context.pages()[0] ?? (await context.newPage());
    page.on('pageerror', (e) => pageErrors.push(String(e)));
    const snapshot = () => page.evaluate(() => globalThis.FakeExcel.snapshot());
    const shot = (name) => page.screenshot({ path: join(OUT, `${name}.png`), fullPage: true });

    await step('the task pane loads inside the Excel host', async () => {
      await page.goto(`${origin}/taskpane.html`);
      await page.getByRole('button', { name: 'Check workbook' }).waitFor({ timeout: 20_000 });
      await shot('1-start');
    });

    await step('keyboard alone: Tab to "Check workbook" and press Enter runs the check', async () => {
      await page.locator('body').click({ position: { x: 2, y: 2 } });
      let found = false;
      for (let i = 0; i < 40 && !found; i++) {
        await page.keyboard.press('Tab');
        found = await page.evaluate(() => document.activeElement?.textContent?.trim() === 'Check workbook');
      }
      assert(found, 'Tab never reached the Check workbook button');
      await page.keyboard.press('Enter');
      await page.locator('section[data-rule]').first().waitFor({ timeout: 30_000 });
      await shot('2-check');
    });

    await step(`every planted finding is listed at its cell (${EXPECTED.length} of ${PLANTED.length} planted; rules not implemented yet: ${PLANTED.filter((e) => NOT_IMPLEMENTED.has(e.rule)).map((e) => e.rule).join(', ') || 'none'})`, async () => {
      assert(EXPECTED.some((e) => e.severity === 'error') && EXPECTED.some((e) => e.severity === 'advice'), 'expected planted errors and advice');
      const missing = [];
      for (const e of EXPECTED) {
        const link = page.locator(`section[data-rule="${e.rule}"] [data-sheet="${e.sheet}"][data-cell="${e.cell}"]`);
        if ((await link.count()) === 0) missing.push(`${e.rule} ${e.sheet}!${e.cell}`);
      }
      equal(missing, [], 'planted findings not listed');
    });

    await step('choosing a finding selects its cell in Excel', async () => {
      const uln = EXPECTED.find((e) => e.rule === 'ULN_04');
      await page.locator(`section[data-rule="ULN_04"] [data-sheet="${uln.sheet}"][data-cell="${uln.cell}"]`).first().click();
      await page.waitForFunction((c) => globalThis.FakeExcel.snapshot().selection?.address === c, uln.cell, { timeout: 5_000 });
      const s = await snapshot();
      equal({ active: s.active, selection: s.selection }, { active: uln.sheet, selection: { sheet: uln.sheet, address: uln.cell } }, 'selected cell');
    });

    let before;
    await step('Highlight marks each finding cell with a fill and a note, leaving the cells and user notes alone', async () => {
      before = (await snapshot()).sheets;
      await page.getByRole('button', { name: 'Highlight', exact: true }).click();
      await page.waitForFunction((f) => globalThis.FakeExcel.snapshot().sheets.some((s) => s.conditionalFormats.some((c) => c.formula === f)), MARK_FORMULA, { timeout: 10_000 });
      await page.waitForTimeout(300);
      const s = (await snapshot()).sheets;
      const learner = s.find((x) => x.name === 'Learner');
      const ours = learner.conditionalFormats.filter((c) => c.formula === MARK_FORMULA);
      assert(ours.length > 0, 'no highlight format on Learner');
      const uln = EXPECTED.find((e) => e.rule === 'ULN_04');
      assert(ours.some((c) => c.areas.some((a) => a.r === Number(uln.cell.slice(1)) - 1 && a.c === 5)), `ULN cell ${uln.cell} not highlighted`);
      assert(/^ILR Workbench: ULN_04/.test(learner.notes[uln.cell] ?? ''), `no note on ${uln.cell}: ${learner.notes[uln.cell]}`);
      equal(learner.notes.A2, "User's note: check the address", "the user's note");
      for (const sheet of s) {
        const was = before.find((b) => b.name === sheet.name);
        equal(sheet.cells, was.cells, `cells of ${sheet.name} changed by Highlight`);
      }
      await shot('3-highlight');
    });

    await step('Clear removes exactly those marks: formats, conditional formats and notes as before', async () => {
      await page.getByRole('button', { name: 'Clear highlights' }).click();
      await page.waitForFunction((f) => !globalThis.FakeExcel.snapshot().sheets.some((s) => s.conditionalFormats.some((c) => c.formula === f) || Object.values(s.notes).some((n) => n.startsWith('ILR Workbench: '))), MARK_FORMULA, { timeout: 10_000 });
      const after = (await snapshot()).sheets;
      equal(after, before, 'workbook after Highlight then Clear');
      await shot('4-cleared');
    });

    await step('Export refuses the sample (planted errors) and says how many and where', async () => {
      await page.getByRole('tab', { name: 'Export' }).click();
      await page.getByRole('button', { name: 'Create ILR file' }).click();
      const refused = page.getByTestId('export-refused');
      await refused.waitFor({ timeout: 30_000 });
      const text = await refused.innerText();
      const errors = EXPECTED.filter((e) => e.severity === 'error');
      assert(new RegExp(`(^|\\D)${errors.length} errors? would`).test(text), `not "${errors.length} error(s)" in: ${text}`);
      assert(errors.some((e) => text.includes(`${e.sheet}!${e.cell}`)), `no place named in: ${text}`);
      await shot('5-export-refused');
    });

    await step('Import the ESFA sample XML replaces the ILR sheets after confirmation', async () => {
      await page.getByRole('tab', { name: 'Import' }).click();
      const xml = existsSync(LOCAL_ESFA) ? LOCAL_ESFA : ESFA_XML;
      await page.locator('input[type="file"]').setInputFiles(xml);
      await page.getByRole('button', { name: 'Replace sheets' }).click();
      await page.waitForFunction(() => globalThis.FakeExcel.snapshot().sheets.find((s) => s.name === 'Learner')?.cells.A2?.value !== 'T0001', undefined, { timeout: 30_000 });
      const expectedLearners = (readFileSync(xml, 'utf8').match(/<Learner>/g) ?? []).length;
      const s = await snapshot();
      const learner = s.sheets.find((x) => x.name === 'Learner');
      const rows = new Set(Object.keys(learner.cells).filter((a) => /^A\d+$/.test(a) && a !== 'A1' && learner.cells[a].value !== ''));
      equal(rows.size, expectedLearners, 'learner rows after import');
      await shot('6-import');
    });

    await step("the ESFA sample's own errors, fixed in the sheets as a user would, pass the check", async () => {
      // The anonymised sample carries R_07 (two aims with AimSeqNumber 1) and ULN_04 (a bad check digit), among others.
      await page.getByRole('tab', { name: 'Check' }).click();
      await page.getByRole('button', { name: 'Check workbook' }).click();
      await page.locator('section[data-rule="R_07"]').waitFor({ timeout: 30_000 });
      const places = await page.locator('section[data-rule="R_07"] [data-cell], section[data-rule="ULN_04"] [data-cell]').evaluateAll((els) =>
        els.map((e) => ({ rule: e.closest('section').dataset.rule, sheet: e.dataset.sheet, cell: e.dataset.cell })),
      );
      const s = await snapshot();
      for (const p of places) {
        const value = s.sheets.find((x) => x.name === p.sheet).cells[p.cell].value;
        if (p.rule === 'ULN_04') await page.evaluate(([sh, c, v]) => globalThis.FakeExcel.setValue(sh, c, v), [p.sheet, p.cell, withCheckDigit(String(value))]);
      }
      const r07 = places.filter((p) => p.rule === 'R_07');
      assert(r07.length === 2, `R_07 at ${JSON.stringify(r07)}`);
      // Renumber the second aim of the pair, as the provider would.
      await page.evaluate(([sh, c]) => globalThis.FakeExcel.setValue(sh, c, 2), [r07[1].sheet, r07[1].cell]);
      // It also has four T Level aims planned to end (2023-07-30) before they start (2023-09-01): LearnPlanEndDate_02 …
      const serial = (iso) => (Date.parse(`${iso}T00:00:00Z`) - Date.UTC(1899, 11, 30)) / 86_400_000;
      const planned = await page.locator('section[data-rule="LearnPlanEndDate_02"] [data-cell]').evaluateAll((els) => els.map((e) => ({ sheet: e.dataset.sheet, cell: e.dataset.cell })));
      assert(planned.length === 4, `LearnPlanEndDate_02 at ${JSON.stringify(planned)}`);
      for (const p of planned) await page.evaluate(([sh, c, v]) => globalThis.FakeExcel.setValue(sh, c, v), [p.sheet, p.cell, serial('2024-07-31')]);
      // … and end and achievement dates after its file preparation date (2025-01-08): LearnActEndDate_04, AchDate_07.
      // The provider prepares the file later in the year: the Return sheet's FilePreparationDate becomes 2025-07-31.
      const ret = s.sheets.find((x) => x.name === 'Return');
      const fieldCell = Object.keys(ret.cells).find((a) => /^A\d+$/.test(a) && ret.cells[a].value === 'FilePreparationDate');
      assert(fieldCell, 'no FilePreparationDate row on the Return sheet');
      await page.evaluate(([c, v]) => globalThis.FakeExcel.setValue('Return', c, v), [`B${fieldCell.slice(1)}`, serial('2025-07-31')]);
      await page.getByRole('button', { name: 'Check workbook' }).click();
      await page.waitForFunction(
        () => ['R_07', 'ULN_04', 'LearnPlanEndDate_02', 'LearnActEndDate_04', 'AchDate_07'].every((r) => !document.querySelector(`section[data-rule="${r}"]`)),
        undefined,
        { timeout: 30_000 },
      );
      // The sample's other learners break further rules on purpose or by anonymisation (Skills Bootcamps with no
      // employment status before the start, T Levels with no GCSE grades, a ULN shared by two learners …): the
      // provider leaves them out of this return by clearing their rows on every sheet, and the check passes.
      const ready = new Set(['CLLearner', 'HEFunded', 'LoanLearner', 'Other1619', 'OtherAdult', 'StandLearn', 'ASFLearner', '16Learner']);
      const now = await snapshot();
      for (const sheet of now.sheets) {
        const refCol = Object.keys(sheet.cells).find((a) => /^[A-Z]+1$/.test(a) && sheet.cells[a].value === 'LearnRefNumber');
        if (!refCol) continue;
        const col = refCol.slice(0, -1);
        const rows = Object.keys(sheet.cells)
          .filter((a) => a.startsWith(col) && /^\d+$/.test(a.slice(col.length)) && a !== refCol && !ready.has(String(sheet.cells[a].value)))
          .map((a) => a.slice(col.length));
        const cleared = Object.keys(sheet.cells).filter((a) => rows.includes(a.replace(/^[A-Z]+/, '')));
        for (const a of cleared) await page.evaluate(([sh, c]) => globalThis.FakeExcel.setValue(sh, c, ''), [sheet.name, a]);
      }
      await page.getByRole('button', { name: 'Check workbook' }).click();
      await page.waitForFunction(() => /^0 errors,/.test(document.querySelector('[data-testid="check-summary"]')?.textContent ?? ''), undefined, { timeout: 30_000 });
    });

    let downloaded;
    await step('Export writes a file that validates against the official XSD and logs it in Returns', async () => {
      const download = await exportDownload(page);
      downloaded = join(OUT, download.suggestedFilename());
      await download.saveAs(downloaded);
      assert(/^ILR-\d{8}-2526-\d{8}-\d{6}-\d{2}\.XML$/i.test(download.suggestedFilename()), `file name ${download.suggestedFilename()}`);
      execFileSync('xmllint', ['--noout', '--schema', XSD, downloaded], { stdio: 'pipe' });
      const returns = (await snapshot()).sheets.find((x) => x.name === 'Returns');
      assert(returns && returns.cells.B2?.value === download.suggestedFilename(), 'Returns sheet does not log the file');
      assert(/^[0-9a-f]{64}$/.test(String(returns.cells.G2?.value)), 'Returns log has no SHA-256');
      // "Exported at": an Excel date-time (a serial of UK time, within a day of now), shown dd/mm/yyyy hh:mm
      const serialNow = (Date.now() - Date.UTC(1899, 11, 30)) / 86_400_000;
      assert(typeof returns.cells.A2?.value === 'number' && Math.abs(returns.cells.A2.value - serialNow) < 1, `Exported at is ${JSON.stringify(returns.cells.A2)}`);
      equal(returns.cells.A2.numberFormat, 'dd/mm/yyyy hh:mm', 'Exported at number format');
      await page.getByText(/Next serial number: 02/).first().waitFor({ timeout: 5_000 });
      assert(requests.some((u) => /\/xmllint\.[0-9a-f]+\.wasm$/.test(u)), 'the pane did not load xmllint.wasm (no in-pane XSD validation)');
      await shot('7-export');
    });

    await step('Summary and Settings screens render', async () => {
      await page.getByRole('tab', { name: 'Summary' }).click();
      await page.getByRole('button', { name: /Read the workbook|Refresh summary/ }).click();
      await page.getByText(/Destinations due or overdue/).waitFor({ timeout: 30_000 });
      await page.getByRole('button', { name: 'Write to Summary sheet' }).click();
      await page.getByText(/Written to the Summary sheet/).waitFor({ timeout: 10_000 });
      const summary = (await snapshot()).sheets.find((x) => x.name === 'Summary');
      assert(summary && summary.cells.A1?.value === 'ILR Workbench summary', 'no Summary sheet written');
      assert(summary.cells.A2?.value === 'Written' && typeof summary.cells.B2?.value === 'number' && summary.cells.B2.numberFormat === 'dd/mm/yyyy hh:mm', `Written: ${JSON.stringify([summary.cells.A2, summary.cells.B2])}`);
      equal(summary.charts.map((c) => [c.type, c.title]), [['ColumnClustered', 'Completion status']], 'Summary sheet chart');
      await shot('8-summary');
      await page.getByRole('tab', { name: 'Settings' }).click();
      await page.getByRole('heading', { name: /Settings/ }).waitFor({ timeout: 5_000 });
      await shot('9-settings');
    });

    await step('Settings are saved in the workbook settings', async () => {
      equal((await snapshot()).settings['ilrWorkbench.settings']?.asOf, SAMPLE_AS_OF, 'the as-of date saved with the workbook');
      await page.getByLabel(/Check as of/).fill('2026-07-30');
      await page.getByRole('button', { name: 'Save settings' }).click();
      await page.waitForFunction(() => globalThis.FakeExcel.snapshot().settings['ilrWorkbench.settings']?.asOf === '2026-07-30', undefined, { timeout: 5_000 });
    });

    await step('Settings → Add a collection year: a 2026-27 XSD kept with the workbook survives reopening; a 2026-27 file imports, checks and exports under a -2627- name', async () => {
      await page.getByRole('tab', { name: 'Settings' }).click();
      await page.getByLabel('Official XSD file').setInputFiles(XSD_2627);
      const preview = page.getByTestId('year-preview');
      await preview.waitFor({ timeout: 10_000 });
      const text = await preview.textContent();
      assert(text.includes('2026-27 (year code 2627, namespace ESFA/ILR/2026-27)'), `preview: ${text}`);
      assert(text.includes('changed: Learner/LearningDelivery/EPAOrgID — maximum length 7 → 8'), `preview: ${text}`);
      assert(text.includes('removed: Learner/LearningDelivery/LearningDeliveryHE/FUNDCOMP'), `preview: ${text}`);
      await preview.getByRole('button', { name: 'Add 2026-27' }).click();
      await page.getByText(/2026-27 added and saved with this workbook/).waitFor({ timeout: 10_000 });
      const saved = await snapshot();
      assert(saved.xmlParts.some((p) => p.namespace === 'urn:ilr-workbench:collection-years:1'), 'the year is not saved as a custom XML part');
      // Reopen the workbook: the host starts again from what was saved in it, and the pane loads afresh.
      officeData = { sheets: saved.sheets, settings: saved.settings, xmlParts: saved.xmlParts };
      await page.reload();
      await page.getByRole('button', { name: 'Check workbook' }).waitFor({ timeout: 20_000 });
      await page.getByRole('tab', { name: 'Settings' }).click();
      await page.getByRole('option', { name: '2026-27', exact: true }).waitFor({ state: 'attached', timeout: 10_000 });
      await page.getByRole('combobox', { name: 'Collection year' }).selectOption('2627');
      await page.getByRole('button', { name: 'Save settings' }).click();
      await page.waitForFunction(() => globalThis.FakeExcel.snapshot().settings['ilrWorkbench.settings']?.year === '2627', undefined, { timeout: 5_000 });
      // Import a 2026-27 file.
      await page.getByRole('tab', { name: 'Import' }).click();
      await page.locator('input[type="file"]').setInputFiles(FILE_2627);
      await page.getByRole('button', { name: 'Replace sheets' }).click();
      await page.getByText(/Imported ILR-99999999-2627-20260815-094401\.xml: 4 learners/).waitFor({ timeout: 30_000 });
      const learnerSheet = (await snapshot()).sheets.find((x) => x.name === 'Learner');
      assert(Object.values(learnerSheet.cells).some((c) => c.value === 'HEFunded'), 'the 2026-27 learners are not on the Learner sheet');
      // Check it: the 2025-26 rules applied to 2026-27 data, said so.
      await page.getByRole('tab', { name: 'Check' }).click();
      await page.getByRole('button', { name: 'Check workbook' }).click();
      await page.getByTestId('check-summary').waitFor({ timeout: 30_000 });
      const summary = await page.getByTestId('check-summary').textContent();
      const errorRules = await page.locator('section[data-rule] [data-cell]').evaluateAll((els) => els.map((e) => `${e.closest('section').dataset.rule}@${e.dataset.sheet}!${e.dataset.cell}`));
      assert(/^0 errors,/.test(summary), `2026-27 check: ${summary} ${errorRules.join(' ')}`);
      await page.getByText(/2025-26 rules applied to 2026-27 data/).first().waitFor({ timeout: 5_000 });
      // Export it: the 2026-27 namespace and name, valid against the added XSD.
      const download = await exportDownload(page);
      const file = join(OUT, download.suggestedFilename());
      await download.saveAs(file);
      assert(/^ILR-99999999-2627-\d{8}-\d{6}-\d{2}\.XML$/.test(download.suggestedFilename()), `file name ${download.suggestedFilename()}`);
      assert(readFileSync(file, 'utf8').includes('xmlns="ESFA/ILR/2026-27"'), 'the file is not in the 2026-27 namespace');
      execFileSync('xmllint', ['--noout', '--schema', XSD_2627, file], { stdio: 'pipe' });
      await shot('9-added-year');
    });

    // Office's themes: Excel's White and Black (Office.context.officeTheme, set on the in-memory host) and Windows high
    // contrast (forced colours, emulated by Chromium). The workbook is reopened in each and checked; the screens are
    // saved as test-output/browser/theme-*.png.
    const THEMES = {
      light: { bodyBackgroundColor: '#FFFFFF', bodyForegroundColor: '#000000', controlBackgroundColor: '#FFFFFF', controlForegroundColor: '#262626' },
      dark: { bodyBackgroundColor: '#262626', bodyForegroundColor: '#FFFFFF', controlBackgroundColor: '#363636', controlForegroundColor: '#F0F0F0' },
    };
    const themed = async (kind, officeTheme, forcedColors) => {
      const saved = await snapshot();
      officeData = { sheets: saved.sheets, settings: saved.settings, xmlParts: saved.xmlParts, officeTheme };
      await page.emulateMedia({ forcedColors });
      await page.reload();
      await page.getByRole('button', { name: 'Check workbook' }).click();
      await page.getByTestId('check-summary').waitFor({ timeout: 30_000 });
      equal(await page.locator('[data-theme]').first().getAttribute('data-theme'), kind, 'the theme the pane chose');
      const bg = await page.locator('[data-theme]').first().evaluate((e) => getComputedStyle(e).backgroundColor);
      await page.screenshot({ path: join(OUT, `theme-${kind}.png`) });
      return bg;
    };
    await step("the pane follows Office's theme: light, dark and high contrast (screenshots theme-*.png)", async () => {
      equal(await themed('light', THEMES.light, 'none'), 'rgb(255, 255, 255)', 'light background');
      const dark = await themed('dark', THEMES.dark, 'none');
      const [r, g, b] = dark.match(/\d+/g).map(Number);
      assert(r + g + b < 3 * 80, `dark background is ${dark}`);
      await themed('highContrast', THEMES.light, 'active');
      await page.emulateMedia({ forcedColors: 'none' });
    });

    await step('no request left for any host but the test origin and office.js', async () => {
      const foreign = requests.filter((u) => !u.startsWith(`${origin}/`) && u !== OFFICE_JS && !u.startsWith('blob:') && !u.startsWith('data:'));
      equal(foreign, [], 'requests to other hosts');
      assert(requests.includes(OFFICE_JS), 'office.js was not requested');
    });

    await step('no uncaught errors in the page', async () => {
      equal(pageErrors, [], 'page errors');
    });
  } finally {
    await context.close();
    await server.close();
    rmSync(profile, { recursive: true, force: true });
    writeFileSync(join(OUT, 'requests.txt'), requests.join('\n') + '\n');
  }
}

main()
  .catch((e) => {
    harness.failed++;
    console.log(`FAIL setup: ${e && e.stack ? e.stack : e}`);
  })
  .finally(() => {
    console.log(harness.summary());
    process.exit(harness.failed > 0 ? 1 : 0);
  });
