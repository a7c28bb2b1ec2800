import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseXmlTree, type XmlElement } from '../../../src/core/xml/tree';

// The build (webpack.config.js) and the manifest agree: every URL the manifest names is a file the production build
// writes to dist/, and the shared-runtime page carries the functions, commands and task pane chunks.
const ROOT = join(__dirname, '..', '..', '..');
// eslint-disable-next-line @typescript-eslint/no-require-imports
const makeConfig = require(join(ROOT, 'webpack.config.js')) as ((env: object, argv: object) => Promise<WebpackConfig>) & {
  StableFunctionsScriptPlugin: new () => object;
};
const { StableFunctionsScriptPlugin } = makeConfig;

interface Plugin {
  userOptions?: { filename?: string; template?: string; chunks?: string[]; inject?: boolean };
  patterns?: { from: string; to: string }[];
  options?: { input: string; output: string };
}
interface WebpackConfig {
  entry: Record<string, string>;
  output: { filename: string; chunkFilename: string; path: string };
  plugins: Plugin[];
  module: { rules: { test: RegExp; type?: string }[] };
  optimization: { runtimeChunk: unknown };
  devServer: { port: number; server?: unknown };
}

let config: WebpackConfig;
beforeAll(async () => {
  config = await makeConfig({}, { mode: 'production' });
});

/* eslint-disable @typescript-eslint/no-require-imports */
const PLUGIN_CLASSES: Record<string, unknown> = {
  HtmlWebpackPlugin: require(join(ROOT, 'node_modules', 'html-webpack-plugin')),
  CopyWebpackPlugin: require(join(ROOT, 'node_modules', 'copy-webpack-plugin')),
  CustomFunctionsMetadataPlugin: require(join(ROOT, 'node_modules', 'custom-functions-metadata-plugin')),
};
/* eslint-enable @typescript-eslint/no-require-imports */
const plugins = (name: keyof typeof PLUGIN_CLASSES) =>
  config.plugins.filter((p) => p instanceof (PLUGIN_CLASSES[name] as new (...a: unknown[]) => object));

function manifestUrls(): string[] {
  const urls: string[] = [];
  (function walk(el: XmlElement) {
    const v = el.attrs['DefaultValue'];
    if (v && /^https:/.test(v)) urls.push(v);
    el.children.forEach(walk);
  })(parseXmlTree(readFileSync(join(ROOT, 'manifest.xml'), 'utf8')));
  return urls;
}

/**
 * The files under dist/ that the production build writes under a fixed name, by the config (not by running it): the
 * scripts are named by their content hash, but for functions.js (StableFunctionsScriptPlugin).
 */
function builtFiles(): Set<string> {
  const files = new Set<string>();
  if (config.plugins.some((p) => p instanceof StableFunctionsScriptPlugin)) files.add('functions.js');
  for (const p of plugins('HtmlWebpackPlugin')) files.add(p.userOptions!.filename!);
  for (const p of plugins('CustomFunctionsMetadataPlugin')) files.add(p.options!.output);
  for (const p of plugins('CopyWebpackPlugin'))
    for (const pat of p.patterns!) {
      if (pat.from.includes('*')) {
        const re = new RegExp(`^${pat.from.replace(/[.]/g, '\\.').replace('*', '(.+)')}$`);
        for (const size of [16, 32, 64, 80, 128]) {
          const file = `assets/icon-${size}.png`;
          if (re.test(file) && existsSync(join(ROOT, file))) files.add(pat.to.replace('[name][ext]', `icon-${size}.png`));
        }
      } else files.add(pat.to);
    }
  return files;
}

describe('webpack.config.js', () => {
  it('builds the three entries from source files that exist', () => {
    expect(config.entry).toEqual({
      functions: './src/functions/functions.ts',
      commands: './src/commands/commands.ts',
      taskpane: './src/taskpane/index.tsx',
    });
    for (const file of Object.values(config.entry)) expect(existsSync(join(ROOT, file))).toBe(true);
    expect(config.output.path).toBe(join(ROOT, 'dist'));
  });

  it('puts the functions, commands and task pane on the one shared-runtime page, with one webpack runtime', () => {
    const page = plugins('HtmlWebpackPlugin').find((p) => p.userOptions!.filename === 'taskpane.html')!;
    expect(page.userOptions!.template).toBe('./src/taskpane/taskpane.html');
    expect(page.userOptions!.chunks).toEqual(['functions', 'commands', 'taskpane']);
    expect(config.optimization.runtimeChunk).toBe('single');
    const template = readFileSync(join(ROOT, 'src/taskpane/taskpane.html'), 'utf8');
    expect(template).toContain('src="https://appsforoffice.microsoft.com/lib/1/hosted/office.js"');
  });

  it('generates functions.json from the functions file', () => {
    const [meta] = plugins('CustomFunctionsMetadataPlugin');
    // with the deployment address, to which the functions' help URLs are moved (build/help-urls.js)
    expect(meta!.options).toMatchObject({ input: './src/functions/functions.ts', output: 'functions.json', address: { base: 'https://localhost:3000/' } });
  });

  it('imports the XSDs as text', () => {
    const xsd = config.module.rules.find((r) => r.test.test('ILR-2025-26.xsd'))!;
    expect(xsd.type).toBe('asset/source');
  });

  it('writes every file the manifest points at', () => {
    const files = builtFiles();
    const paths = manifestUrls().map((u) => new URL(u).pathname.replace(/^\//, ''));
    expect(paths.length).toBeGreaterThan(5);
    for (const p of paths) expect([...files]).toContain(p);
    expect([...files]).toContain('manifest.xml');
  });

  it('names every production script by its content hash (a changed build is a new file to every cache)', async () => {
    expect(config.output.filename).toBe('[name].[contenthash:8].js');
    expect(config.output.chunkFilename).toBe('[name].[contenthash:8].js');
    const dev = await makeConfig({}, { mode: 'development' });
    expect(dev.output.filename).toBe('[name].js');
    expect(dev.plugins.some((p) => p instanceof StableFunctionsScriptPlugin)).toBe(false);
  });

  it('stops on a bad deployment address with the reason, before building anything', async () => {
    await expect(makeConfig({ origin: 'http://addins.example.ac.uk/ilr' }, { mode: 'production' })).rejects.toThrow(
      /^ILR Workbench cannot be built for that address: "http:\/\/addins\.example\.ac\.uk\/ilr" must start with https:\/\//,
    );
    await expect(makeConfig({ origin: 'https://addins.example.ac.uk/ilr?x=1' }, { mode: 'production' })).rejects.toThrow(/has a query string/);
  });

  it('serves on the manifest origin, and plain http only when not serving', () => {
    const origins = new Set(manifestUrls().map((u) => new URL(u).origin));
    expect([...origins]).toEqual([`https://localhost:${config.devServer.port}`]);
    expect(config.devServer.server).toBeUndefined(); // certificates are only looked for by `webpack serve`
  });
});
