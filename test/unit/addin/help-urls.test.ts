import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { generateCustomFunctionsMetadata } from 'custom-functions-metadata';

const ROOT = join(__dirname, '..', '..', '..');
/* eslint-disable @typescript-eslint/no-require-imports */
const { functionsJsonForAddress, helpPage, anchorsOf } = require(join(ROOT, 'build', 'help-urls.js')) as {
  functionsJsonForAddress: (json: string, address: { base: string }) => string;
  helpPage: (template: string, address: { base: string }, version: string) => string;
  anchorsOf: (html: string) => Set<string>;
};
const { parseDeployAddress } = require(join(ROOT, 'build', 'deploy-address.js')) as { parseDeployAddress: (t: string) => { base: string } };
/* eslint-enable @typescript-eslint/no-require-imports */

const TEMPLATE = readFileSync(join(ROOT, 'src', 'help', 'help.html'), 'utf8');
let metadata: string;
beforeAll(async () => {
  const r = await generateCustomFunctionsMetadata(join(ROOT, 'src', 'functions', 'functions.ts'));
  expect(r.errors).toEqual([]);
  metadata = r.metadataJson;
}, 30_000);

describe("the functions' help URLs follow the build's address", () => {
  it('moves every helpUrl to the deployment address, anchor kept, and each anchor is a section of help.html', () => {
    const address = parseDeployAddress('https://addins.example.ac.uk/ilr-workbench');
    const fns = (JSON.parse(functionsJsonForAddress(metadata, address)) as { functions: { id: string; helpUrl: string }[] }).functions;
    const anchors = anchorsOf(TEMPLATE);
    expect(fns.map((f) => f.id).sort()).toEqual(['CHECKAIM', 'CHECKDP', 'CHECKROW', 'CHECKULN', 'DESCRIBE', 'DPDUE', 'FILENAME', 'RULE']);
    for (const f of fns) {
      expect(f.helpUrl).toBe(`https://addins.example.ac.uk/ilr-workbench/help.html#ilr-${f.id.toLowerCase()}`);
      expect(anchors.has(`ilr-${f.id.toLowerCase()}`)).toBe(true);
    }
  });

  it('refuses a function without a help URL (a dead "Help on this function" link)', () => {
    const broken = JSON.stringify({ functions: [{ id: 'NEW', name: 'NEW' }] });
    expect(() => functionsJsonForAddress(broken, parseDeployAddress('https://localhost:3000'))).toThrow(/ILR\.NEW has no @helpurl/);
  });
});

describe('the help page', () => {
  const page = helpPage(TEMPLATE, parseDeployAddress('https://addins.example.ac.uk/ilr-workbench'), '1.2.3');

  it('is filled in for the address and version, and every contents link has its section', () => {
    expect(page).toContain('version 1.2.3');
    expect(page).toContain('https://addins.example.ac.uk/ilr-workbench/');
    expect(page).not.toMatch(/\{\{/);
    const anchors = anchorsOf(page);
    for (const [, target] of page.matchAll(/href="#([^"]+)"/g)) expect(anchors.has(target!)).toBe(true);
  });

  it('is a guide for a data manager: the functions, each pane screen, adding a year, privacy; no repository paths', () => {
    for (const heading of ['The ILR functions', 'Check, Highlight and Clear', 'Export', 'Import', 'Summary', 'Settings', 'Adding a collection year', 'Privacy']) {
      expect(page).toContain(heading);
    }
    expect(page).not.toMatch(/docs\/|src\/|\.md\b/);
  });
});
