/**
 * Browser test of the add-in as a college deploys it. Builds it for https://addins.college.example/ilr-workbench (a
 * reserved .example name: it can reach nothing) into test-output/deploy/dist, then checks that every URL in the built
 * manifest, functions.json and the HTML pages is on that address (or is office.js on Microsoft's CDN), and that the
 * manifest validates against Microsoft's schemas. Then serves that dist/ over HTTPS under /ilr-workbench/ on
 * 127.0.0.1 with the headers of build/hosting-headers.js (the Content-Security-Policy docs/deploy.md tells IT to
 * send), maps the address's host, and office.js's, to that server with Chromium's host-resolver-rules (every other
 * host resolves to nothing), and opens the pane in headless Chromium with office.js replaced by the in-memory Excel
 * host: the pane loads, reaches About by keyboard, imports, checks and exports an ILR file whose XSD check (libxml2 in
 * WebAssembly, in a worker) runs under that policy. Ends with "N passed, M failed".
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import selfsigned from 'selfsigned';
import { assert, assertEqual, exportDownload, Harness } from './harness.mjs';
import { serveDirectory } from './static-server.mjs';
import { workbookJson } from './workbook-json.mjs';

const ROOT = resolve(fileURLToPath(new URL('../..', import.meta.url)));
const require = createRequire(import.meta.url);
const { parseDeployAddress } = require(join(ROOT, 'build/deploy-address.js'));
const { validateManifest } = require(join(ROOT, 'build/validate-manifest.js'));
const { headersFor, CONTENT_SECURITY_POLICY } = require(join(ROOT, 'build/hosting-headers.js'));

const ADDRESS = parseDeployAddress('https://addins.college.example/ilr-workbench');
const HOST = new URL(ADDRESS.origin).hostname;
const OFFICE_JS = 'https://appsforoffice.microsoft.com/lib/1/hosted/office.js';
const OUT = join(ROOT, 'test-output', 'deploy');
const DIST = join(OUT, 'dist');
const SAMPLE_XLSX = join(ROOT, 'assets/sample/ILR-Sample-2526.xlsx');
const SYNTHETIC_2021 = join(ROOT, 'test/fixtures/xml/synthetic-2021-with-dp.xml');
const XSD_2021 = join(ROOT, 'assets/years/ILR-2020-21.xsd');
const VERSION = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')).version;

const harness = new Harness();
let page;
let shots = 0;
const step = async (name, fn) => {
  const ok = await harness.step(name, fn);
  if (!ok && page) await page.screenshot({ path: join(OUT, `fail-${++shots}.png`), fullPage: true }).catch(() => undefined);
};

/** Every file under dir, as paths relative to it with / separators. */
function filesUnder(dir) {
  const out = [];
  (function walk(d) {
    for (const name of readdirSync(d)) {
      const p = join(d, name);
      if (statSync(p).isDirectory()) walk(p);
      else out.push(relative(dir, p).split('\\').join('/'));
    }
  })(dir);
  return out.sort();
}

/** The URLs in a manifest's attributes (not the xmlns declarations, which name schemas, not places). */
function manifestUrls(text) {
  return [...text.matchAll(/\s([A-Za-z:]+)="([^"]*)"/g)].filter(([, k, v]) => !/^xmlns(:|$)/.test(k) && /^[a-z][a-z0-9+.-]*:/i.test(v)).map((m) => m[2]);
}

/** The src and href values in an HTML page (quoted or not, as the minifier leaves them), resolved against the page. */
function htmlUrls(text, pageUrl) {
  return [...text.matchAll(/\s(?:src|href)=(?:"([^"]*)"|'([^']*)'|([^\s>]+))/gi)].map((m) => new URL(m[1] ?? m[2] ?? m[3], pageUrl).href);
}

/** Every string in a JSON value that looks like a URL (a scheme, or protocol-relative). */
function jsonUrls(value, out = []) {
  if (typeof value === 'string') {
    if (/^([a-z][a-z0-9+.-]*:\/\/|\/\/|(mailto|data|javascript|blob|file):)/i.test(value.trim())) out.push(value);
  } else if (Array.isArray(value)) value.forEach((v) => jsonUrls(v, out));
  else if (value && typeof value === 'object') Object.values(value).forEach((v) => jsonUrls(v, out));
  return out;
}

const onAddress = (u) => u.startsWith(ADDRESS.base);

async function main() {
  rmSync(OUT, { recursive: true, force: true });
  mkdirSync(OUT, { recursive: true });

  await step(`npm run build -- --env origin=${ADDRESS.base.replace(/\/$/, '')} builds into ${relative(ROOT, DIST)}`, async () => {
    const webpack = join(ROOT, 'node_modules/webpack/bin/webpack.js');
    const r = spawnSync(process.execPath, [webpack, '--mode', 'production', '--env', `origin=${ADDRESS.base}`, '--output-path', DIST], { cwd: ROOT, encoding: 'utf8' });
    assert(r.status === 0, `the build failed (${r.status}):\n${(r.stdout + r.stderr).slice(-2000)}`);
    for (const f of ['taskpane.html', 'manifest.xml', 'functions.json', 'help.html', 'web.config', 'staticwebapp.config.json']) assert(existsSync(join(DIST, f)), `no ${f} in the build`);
  });
  if (!existsSync(join(DIST, 'taskpane.html'))) return;
  const files = filesUnder(DIST);

  await step('every URL in the built manifest is on the address, names a built file, and the manifest validates', async () => {
    const text = readFileSync(join(DIST, 'manifest.xml'), 'utf8');
    const urls = manifestUrls(text);
    assert(urls.length >= 10, `only ${urls.length} URLs in the manifest`);
    assertEqual(urls.filter((u) => !onAddress(u)), [], 'manifest URLs off the address');
    assertEqual(urls.map((u) => u.slice(ADDRESS.base.length)).filter((f) => !files.includes(f)), [], 'manifest URLs naming no built file');
    assert(text.includes(`<Version>${VERSION}.0</Version>`), `manifest Version is not ${VERSION}.0`);
    const { valid, errors } = await validateManifest(text);
    assert(valid, `not valid against Microsoft's schemas: ${errors.join('; ')}`);
  });

  await step('functions.json names no place off the address', async () => {
    const meta = JSON.parse(readFileSync(join(DIST, 'functions.json'), 'utf8'));
    assert(meta.functions.length > 5, 'functions.json lists too few functions');
    assertEqual(jsonUrls(meta).filter((u) => !onAddress(u)), [], 'URLs in functions.json off the address');
    // Excel's "Help on this function": each function's section of the help page served from the address
    assertEqual(meta.functions.filter((f) => f.helpUrl !== `${ADDRESS.base}help.html#ilr-${f.id.toLowerCase()}`).map((f) => f.id), [], 'functions whose help URL is not their section of the deployed help page');
  });

  await step('every URL in the HTML pages is on the address but office.js, and the scripts are named by content hash', async () => {
    for (const name of files.filter((f) => f.endsWith('.html'))) {
      const urls = htmlUrls(readFileSync(join(DIST, name), 'utf8'), ADDRESS.base + name);
      assertEqual(urls.filter((u) => !onAddress(u) && u !== OFFICE_JS), [], `URLs in ${name} off the address`);
      // a link to a section (help.html#ilr-checkaim) names the page it is on
      for (const u of urls.filter(onAddress)) assert(files.includes(u.slice(ADDRESS.base.length).replace(/[#?].*$/, '')), `${name} names ${u}, which was not built`);
    }
    const pane = htmlUrls(readFileSync(join(DIST, 'taskpane.html'), 'utf8'), ADDRESS.base + 'taskpane.html');
    assert(pane.includes(OFFICE_JS), 'taskpane.html does not load office.js');
    const scripts = pane.filter((u) => onAddress(u) && u.endsWith('.js'));
    assert(scripts.length >= 4, `only ${scripts.length} scripts in taskpane.html`);
    assertEqual(scripts.filter((u) => !/\.[0-9a-f]{8}\.js$/.test(u)), [], 'scripts without a content hash in their name');
    const stale = files.filter((f) => /\.(html|json|xml)$/.test(f) && readFileSync(join(DIST, f), 'utf8').includes('localhost'));
    assertEqual(stale, [], 'built files still naming localhost');
  });

  // Serve it as the college's web server would, and open it where the manifest says it is.
  const pems = await selfsigned.generate([{ name: 'commonName', value: HOST }], { keySize: 2048, algorithm: 'sha256' });
  const fakeHost = readFileSync(join(ROOT, 'test/browser/fake-excel/fake-excel.js'), 'utf8');
  const data = await workbookJson(SAMPLE_XLSX);
  const officeJs = `${fakeHost}\nFakeExcel.install(${JSON.stringify(data)});\n`;
  const served = [];
  const server = await serveDirectory(DIST, {
    mount: ADDRESS.path,
    tls: { key: pems.private, cert: pems.cert },
    headersFor,
    onRequest: (host, pathname) => served.push(`${host}${pathname}`),
    virtualFiles: { 'appsforoffice.microsoft.com/lib/1/hosted/office.js': { body: officeJs, headers: { 'Content-Type': 'text/javascript', 'Cache-Control': 'no-store' } } },
  });
  const profile = mkdtempSync(join(tmpdir(), 'ilr-deploy-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: '/usr/bin/chromium',
    headless: true,
    acceptDownloads: true,
    ignoreHTTPSErrors: true, // the test server's certificate is self-signed
    viewport: { width: 420, height: 900 },
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      // the two hosts the pane may reach go to the test server; every other host resolves to nothing
      `--host-resolver-rules=MAP ${HOST} 127.0.0.1:${server.port}, MAP appsforoffice.microsoft.com 127.0.0.1:${server.port}, MAP * ~NOTFOUND`,
    ],
  });
  const requests = [];
  const pageErrors = [];
  const cspReports = [];
  try {
    context.on('request', (r) => requests.push(r.url()));
    context.on('console', (m) => {
      if (/Content.Security.Policy|Refused to/i.test(m.text())) cspReports.push(m.text());
    });
    await context.addInitScript(() => {
      document.addEventListener('securitypolicyviolation', (e) => {
        (globalThis.__cspViolations ??= []).push(`${e.violatedDirective} ${e.blockedURI} at ${e.sourceFile}:${e.lineNumber}:${e.columnNumber}`);
      });
    });
    page = context.pages()[0] ?? (await context.newPage());
    page.on('pageerror', (e) => pageErrors.push(String(e)));
    const paneUrl = `${ADDRESS.base}taskpane.html`;

    let response;
    await step(`the pane loads from ${paneUrl} with the Content-Security-Policy of docs/deploy.md`, async () => {
      response = await page.goto(paneUrl);
      assertEqual(response.status(), 200, 'status of taskpane.html');
      assertEqual(response.headers()['content-security-policy'], CONTENT_SECURITY_POLICY, 'the policy served');
      await page.getByRole('button', { name: 'Check workbook' }).waitFor({ timeout: 20_000 });
      await page.screenshot({ path: join(OUT, '1-loaded.png'), fullPage: true });
    });

    await step('keyboard alone reaches About, which shows the version and the address the pane came from', async () => {
      await page.locator('body').click({ position: { x: 2, y: 2 } });
      let onTab = false;
      for (let i = 0; i < 40 && !onTab; i++) {
        await page.keyboard.press('Tab');
        onTab = await page.evaluate(() => document.activeElement?.getAttribute('role') === 'tab');
      }
      assert(onTab, 'Tab never reached the tab list');
      let onAbout = false;
      for (let i = 0; i < 10 && !onAbout; i++) {
        await page.keyboard.press('ArrowRight');
        onAbout = await page.evaluate(() => document.activeElement?.getAttribute('role') === 'tab' && document.activeElement.textContent.includes('About'));
      }
      assert(onAbout, 'the arrow keys never reached the About tab');
      await page.keyboard.press('Enter');
      await page.getByRole('heading', { name: 'About ILR Workbench' }).waitFor({ timeout: 5_000 });
      assertEqual(await page.getByTestId('about-version').innerText(), VERSION, 'version on About');
      assertEqual(await page.getByTestId('about-served-from').innerText(), ADDRESS.base, 'address on About');
      await page.screenshot({ path: join(OUT, '2-about.png'), fullPage: true });
    });

    await step('import, check and export a 2020-21 file: the XSD check runs (WebAssembly in a worker) and the file validates', async () => {
      await page.getByRole('tab', { name: 'Settings' }).click();
      await page.getByLabel('Collection year', { exact: true }).selectOption({ label: '2020-21' });
      await page.getByLabel(/Check as of/).fill('2021-08-20');
      await page.getByRole('button', { name: 'Save settings' }).click();
      await page.getByText('Settings saved with the workbook.').waitFor({ timeout: 5_000 });
      await page.getByRole('tab', { name: 'Import' }).click();
      await page.locator('input[type="file"]').setInputFiles(SYNTHETIC_2021);
      await page.getByRole('button', { name: 'Replace sheets' }).click();
      await page.waitForFunction(() => globalThis.FakeExcel.snapshot().sheets.some((s) => s.name === 'LearnerDestinationandProgression' || s.name === 'DPOutcome'), undefined, { timeout: 30_000 });
      const download = await exportDownload(page);
      const file = join(OUT, download.suggestedFilename());
      await download.saveAs(file);
      assert(/^ILR-\d{8}-2021-\d{8}-\d{6}-\d{2}\.XML$/i.test(download.suggestedFilename()), `file name ${download.suggestedFilename()}`);
      execFileSync('xmllint', ['--noout', '--schema', XSD_2021, file], { stdio: 'pipe' });
      assert(requests.some((u) => u.startsWith(ADDRESS.base) && /\/xmllint\.[0-9a-f]{8}\.wasm$/.test(u)), 'the pane did not load xmllint.wasm from the address');
      await page.screenshot({ path: join(OUT, '3-export.png'), fullPage: true });
    });

    await step('opening the pane again asks the server for taskpane.html but takes the content-hashed scripts from the cache', async () => {
      served.length = 0;
      await page.goto(paneUrl);
      await page.getByRole('button', { name: 'Check workbook' }).waitFor({ timeout: 20_000 });
      const fromServer = served.filter((s) => s.startsWith(HOST));
      assert(fromServer.includes(`${HOST}${ADDRESS.path}taskpane.html`), `taskpane.html was not asked of the server: ${fromServer.join(', ')}`);
      assertEqual(fromServer.filter((s) => /\.[0-9a-f]{8}\.js$/.test(s)), [], 'content-hashed scripts fetched again');
    });

    await step('the policy blocked nothing, and nothing was requested but the address and office.js', async () => {
      const violations = await page.evaluate(() => globalThis.__cspViolations ?? []);
      assertEqual([...violations, ...cspReports], [], 'Content-Security-Policy violations');
      const foreign = requests.filter((u) => !u.startsWith(ADDRESS.base) && u !== OFFICE_JS && !u.startsWith('blob:') && !u.startsWith('data:'));
      assertEqual(foreign, [], 'requests off the address');
      assertEqual(served.filter((s) => !s.startsWith(`${HOST}${ADDRESS.path}`) && s !== 'appsforoffice.microsoft.com/lib/1/hosted/office.js'), [], 'requests the server saw outside the add-in folder');
    });

    await step('no uncaught errors in the page', async () => {
      assertEqual(pageErrors, [], 'page errors');
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
