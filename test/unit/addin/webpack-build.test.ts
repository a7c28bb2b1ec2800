import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runInNewContext } from 'node:vm';

// One production build with the add-in's own webpack.config.js (module rules, output names, chunk splitting, the
// functions-metadata plugin) of two entries: the custom functions, and a small page script that imports the XSD check.
const ROOT = join(__dirname, '..', '..', '..');
/* eslint-disable @typescript-eslint/no-require-imports */
const webpack = require(join(ROOT, 'node_modules', 'webpack')) as (config: object, cb: (err: Error | null, stats?: Stats) => void) => void;
const makeConfig = require(join(ROOT, 'webpack.config.js')) as (env: object, argv: object) => Promise<Record<string, unknown>>;
const MetadataPlugin = require(join(ROOT, 'node_modules', 'custom-functions-metadata-plugin')) as new (...a: unknown[]) => object;
/* eslint-enable @typescript-eslint/no-require-imports */

interface Stats {
  hasErrors(): boolean;
  toString(o: object): string;
  toJson(o: object): { entrypoints: Record<string, { assets: { name: string }[] }> };
}

let out: string;
let files: string[];
let entryAssets: Record<string, string[]>;
beforeAll(async () => {
  const dir = mkdtempSync(join(tmpdir(), 'ilr-webpack-'));
  out = join(dir, 'dist');
  const probe = join(dir, 'probe.js');
  const validateXsd = join(ROOT, 'src', 'core', 'xml', 'validate-xsd.ts').replace(/\\/g, '/');
  writeFileSync(probe, `import { validateAgainstXsd } from '${validateXsd}';\nwindow.validateAgainstXsd = validateAgainstXsd;\n`);
  const base = await makeConfig({}, { mode: 'production' });
  const config = {
    ...base,
    mode: 'production',
    devtool: false,
    entry: { functions: './src/functions/functions.ts', probe },
    output: { ...(base.output as object), path: out },
    plugins: (base.plugins as object[]).filter((p) => p instanceof MetadataPlugin),
  };
  const stats = await new Promise<Stats>((resolve, reject) => webpack(config, (err, s) => (err ? reject(err) : resolve(s!))));
  if (stats.hasErrors()) throw new Error(stats.toString({ all: false, errors: true }));
  files = readdirSync(out);
  const eps = stats.toJson({ all: false, entrypoints: true }).entrypoints;
  entryAssets = Object.fromEntries(Object.entries(eps).map(([k, v]) => [k, v.assets.map((a) => a.name).filter((n) => n.endsWith('.js'))]));
}, 180_000);

afterAll(() => {
  if (out) rmSync(join(out, '..'), { recursive: true, force: true });
});

/**
 * Runs an entrypoint's scripts, in page order, in a fresh context with only the given globals (no Node) and as much
 * of a page as webpack's runtime reads (its public path comes from the current script's URL).
 */
function runEntry(name: string, globals: Record<string, unknown>): void {
  const page = 'https://localhost:3000/taskpane.html';
  const sandbox: Record<string, unknown> = {
    ...globals,
    location: { href: page },
    document: { baseURI: page, currentScript: { tagName: 'SCRIPT', src: 'https://localhost:3000/runtime.js' }, getElementsByTagName: () => [] },
  };
  sandbox.self = sandbox;
  sandbox.window = sandbox;
  sandbox.globalThis = sandbox;
  for (const file of entryAssets[name]!) runInNewContext(readFileSync(join(out, file), 'utf8'), sandbox, { filename: file });
}

describe('the custom functions as built', () => {
  it('emits functions.json from the JSDoc', () => {
    const meta = JSON.parse(readFileSync(join(out, 'functions.json'), 'utf8')) as { functions: { id: string; parameters: { name: string }[] }[] };
    const fileName = meta.functions.find((f) => f.id === 'FILENAME')!;
    expect(fileName.parameters.map((p) => p.name)).toEqual(['ukprn', 'serialNo', 'year', 'dateTime']);
  });

  it("gives every function a help URL to its own section of the help page (Excel's Help on this function)", () => {
    const meta = JSON.parse(readFileSync(join(out, 'functions.json'), 'utf8')) as { functions: { id: string; helpUrl?: string }[] };
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const { anchorsOf } = require(join(ROOT, 'build', 'help-urls.js')) as { anchorsOf: (html: string) => Set<string> };
    const anchors = anchorsOf(readFileSync(join(ROOT, 'src', 'help', 'help.html'), 'utf8'));
    expect(meta.functions.length).toBeGreaterThanOrEqual(8);
    for (const f of meta.functions) {
      expect(f.helpUrl).toBe(`https://localhost:3000/help.html#ilr-${f.id.toLowerCase()}`);
      expect(anchors.has(f.helpUrl!.split('#')[1]!)).toBe(true);
    }
  });

  it('loads without a CustomFunctions runtime (a plain browser), registering nothing', () => {
    expect(() => runEntry('functions', {})).not.toThrow();
  });

  it('registers each function in functions.json exactly once', () => {
    const calls: string[] = [];
    const fns = new Map<string, (...a: unknown[]) => unknown>();
    class RuntimeError {
      constructor(
        readonly code: string,
        readonly message?: string,
      ) {}
    }
    runEntry('functions', {
      CustomFunctions: {
        Error: RuntimeError,
        ErrorCode: { invalidValue: '#VALUE!', notAvailable: '#N/A' },
        associate: (id: string, fn: (...a: unknown[]) => unknown) => {
          calls.push(id);
          fns.set(id, fn);
        },
      },
    });
    const ids = (JSON.parse(readFileSync(join(out, 'functions.json'), 'utf8')) as { functions: { id: string }[] }).functions.map((f) => f.id);
    expect([...calls].sort()).toEqual([...ids].sort());
    expect(fns.get('FILENAME')!(10012345, 7, '2526', '2025-10-01T09:30:00')).toBe('ILR-10012345-2526-20251001-093000-07.XML');
  });
});

// xmllint-wasm's browser build starts `new Worker(new URL('./xmllint-browser.mjs', import.meta.url))` and the worker
// loads `new URL('./xmllint.wasm', import.meta.url)`: the XSD check must become a worker chunk that fetches the
// WebAssembly from the same origin (webpack's public path), with the .wasm emitted beside it. Running it needs a
// browser; it was run this way, in headless Chromium, by hand.
describe('the XSD check (xmllint-wasm) as built', () => {
  it('emits libxml2 as xmllint.<hash>.wasm, byte for byte', () => {
    const wasm = files.filter((f) => /^xmllint\.[0-9a-f]{8}\.wasm$/.test(f));
    expect(wasm).toHaveLength(1);
    const original = readFileSync(join(ROOT, 'node_modules', 'xmllint-wasm', 'xmllint.wasm'));
    expect(readFileSync(join(out, wasm[0]!)).equals(original)).toBe(true);
  });

  it('starts the worker from its own chunk, which fetches the .wasm by the public path', () => {
    const wasm = files.find((f) => f.endsWith('.wasm'))!;
    const page = entryAssets['probe']!.map((f) => readFileSync(join(out, f), 'utf8')).join('\n');
    expect(page).toMatch(/new Worker\(new URL\(/);
    // a classic worker: webpack's worker chunk loads its own chunks with importScripts
    expect(page).not.toMatch(/type:\s*["']module["']/);
    const workers = files.filter((f) => f.endsWith('.js') && readFileSync(join(out, f), 'utf8').includes(wasm));
    expect(workers.length).toBeGreaterThan(0);
    for (const w of workers) expect(entryAssets['probe']).not.toContain(w);
    expect(files).not.toContain('xmllint-browser.mjs');
  });
});
