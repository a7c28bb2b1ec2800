import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseXmlTree, type XmlElement } from '../../../src/core/xml/tree';

// The headers the add-in is served with (build/hosting-headers.js), the web.config and staticwebapp.config.json the
// build writes from them (build/hosting-config-files.js), and docs/deploy.md, which must give the same policy.
// test/browser/deploy-run.mjs serves a built pane with these headers and fails on any policy violation.
const ROOT = join(__dirname, '../../..');
/* eslint-disable @typescript-eslint/no-require-imports */
const headers = require(join(ROOT, 'build/hosting-headers')) as {
  CONTENT_SECURITY_POLICY: string;
  CSP_DIRECTIVES: string[];
  COMMON_HEADERS: Record<string, string>;
  CACHE_FOREVER: string;
  REVALIDATE: string;
  headersFor: (file: string) => Record<string, string>;
};
const files = require(join(ROOT, 'build/hosting-config-files')) as {
  MIME_TYPES: Record<string, string>;
  iisWebConfig: () => string;
  staticWebAppConfig: () => string;
};
/* eslint-enable @typescript-eslint/no-require-imports */
const { CONTENT_SECURITY_POLICY, COMMON_HEADERS, CACHE_FOREVER, REVALIDATE, headersFor } = headers;
const deployMd = readFileSync(join(ROOT, 'docs/deploy.md'), 'utf8');

function all(el: XmlElement, name: string, out: XmlElement[] = []): XmlElement[] {
  if (el.name === name) out.push(el);
  for (const c of el.children) all(c, name, out);
  return out;
}
const directive = (name: string) => headers.CSP_DIRECTIVES.find((d) => d.startsWith(`${name} `));

describe('the headers the add-in is served with', () => {
  test("scripts only from the add-in's own site and Office.js's CDN, no eval and no inline script", () => {
    expect(directive('script-src')).toBe("script-src 'self' https://appsforoffice.microsoft.com 'wasm-unsafe-eval'");
    expect(directive('default-src')).toBe("default-src 'self'");
    expect(directive('connect-src')).toBe("connect-src 'self'");
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/'unsafe-eval'|frame-ancestors/);
    expect(directive('script-src')).not.toMatch(/unsafe-inline|\*/);
  });

  test('no X-Frame-Options (Excel on the web frames the pane); public files for any origin', () => {
    expect(Object.keys(COMMON_HEADERS).map((h) => h.toLowerCase())).not.toContain('x-frame-options');
    expect(COMMON_HEADERS['Access-Control-Allow-Origin']).toBe('*');
  });

  test.each([
    ['taskpane.html', 'text/html; charset=utf-8', REVALIDATE],
    ['functions.json', 'application/json; charset=utf-8', REVALIDATE],
    ['functions.js', 'text/javascript; charset=utf-8', REVALIDATE],
    ['manifest.xml', 'application/xml; charset=utf-8', REVALIDATE],
    ['assets/icon-32.png', 'image/png', REVALIDATE],
    ['runtime.6d310691.js', 'text/javascript; charset=utf-8', CACHE_FOREVER],
    ['223.e15a6986.js.map', 'application/json; charset=utf-8', CACHE_FOREVER],
    ['xmllint.efe56a27.wasm', 'application/wasm', CACHE_FOREVER],
  ])('%s: %s, Cache-Control %s', (file, type, cache) => {
    expect(headersFor(file)).toEqual({ 'Content-Type': type, 'Cache-Control': cache, ...COMMON_HEADERS });
  });
});

describe('web.config for IIS', () => {
  const root = parseXmlTree(files.iisWebConfig());
  test('replaces each header with ours and removes X-Frame-Options', () => {
    const custom = all(root, 'customHeaders')[0]!;
    const removed = all(custom, 'remove').map((e) => e.attrs['name']);
    const added = Object.fromEntries(all(custom, 'add').map((e) => [e.attrs['name'], e.attrs['value']]));
    expect(added).toEqual(COMMON_HEADERS);
    expect(removed).toEqual(['X-Frame-Options', ...Object.keys(COMMON_HEADERS)]);
  });
  test('maps .wasm, .json and .map, and asks browsers to revalidate', () => {
    const maps = Object.fromEntries(all(root, 'mimeMap').map((e) => [e.attrs['fileExtension'], e.attrs['mimeType']]));
    expect(maps).toEqual(files.MIME_TYPES);
    expect(maps['.wasm']).toBe('application/wasm');
    expect(all(root, 'clientCache')[0]!.attrs['cacheControlMode']).toBe('DisableCache');
  });
});

test('staticwebapp.config.json for Azure Static Web Apps carries the same headers and MIME types', () => {
  const config = JSON.parse(files.staticWebAppConfig()) as { globalHeaders: Record<string, string>; mimeTypes: Record<string, string> };
  expect(config).toEqual({ globalHeaders: { ...COMMON_HEADERS, 'Cache-Control': REVALIDATE }, mimeTypes: files.MIME_TYPES });
});

describe('docs/deploy.md', () => {
  test('gives the policy exactly, everywhere it gives it', () => {
    const plain = /```text\n(default-src[^\n]*)\n```/.exec(deployMd)?.[1];
    expect(plain).toBe(CONTENT_SECURITY_POLICY);
    const nginx = [...deployMd.matchAll(/add_header Content-Security-Policy "([^"]*)" always;/g)].map((m) => m[1]);
    expect(nginx).toEqual([CONTENT_SECURITY_POLICY]);
  });

  test("the nginx snippet sends every common header, and the content-named files' pattern is the build's", () => {
    for (const [name, value] of Object.entries(COMMON_HEADERS)) expect(deployMd).toContain(`add_header ${name} "${value}" always;`);
    expect(deployMd).toContain(`add_header Cache-Control "${CACHE_FOREVER}" always;`);
    expect(deployMd).toContain(`add_header Cache-Control "${REVALIDATE}" always;`);
    const pattern = /location ~ "([^"]+)"/.exec(deployMd)![1]!;
    expect(new RegExp(pattern).test('runtime.6d310691.js')).toBe(true);
    expect(new RegExp(pattern).test('xmllint.efe56a27.wasm')).toBe(true);
    expect(new RegExp(pattern).test('functions.js')).toBe(false);
    expect(new RegExp(pattern).test('taskpane.html')).toBe(false);
  });

  test('names every header in its table', () => {
    for (const name of [...Object.keys(COMMON_HEADERS), 'Cache-Control']) expect(deployMd).toContain(`| \`${name}\` |`);
  });
});
