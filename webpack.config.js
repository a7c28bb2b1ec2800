// Builds the add-in into dist/: one taskpane.html (the shared runtime) carrying the task pane, the ILR.* custom
// functions and the ribbon commands; functions.json generated from the functions' JSDoc; the manifest, icons and a
// help page (the manifest's SupportUrl). xmllint-wasm's worker and its WebAssembly are emitted by webpack itself from
// the `new Worker(new URL(...))` / `new URL('./xmllint.wasm', import.meta.url)` in the package, as soon as the task pane
// imports the XSD check (src/core/xml/validate-xsd.ts): the worker becomes its own chunk and fetches
// xmllint.<hash>.wasm from the same origin (test/unit/addin/webpack-build.test.ts).
//
// For a college's own web server: `npm run build -- --env origin=https://addins.example.ac.uk/ilr-workbench` puts
// every URL of the manifest on that address (build/deploy-address.js, build/manifest-for-address.js); the default is
// the development server, https://localhost:3000. The manifest is checked against Microsoft's manifest schemas
// (build/validate-manifest.js), and web.config and staticwebapp.config.json carry the hosting headers
// (build/hosting-headers.js). docs/deploy.md.
const fs = require('fs');
const path = require('path');
const HtmlWebpackPlugin = require('html-webpack-plugin');
const CopyWebpackPlugin = require('copy-webpack-plugin');
const CustomFunctionsMetadataPlugin = require('custom-functions-metadata-plugin');
const webpack = require('webpack');
const { DEV_ADDRESS, DeployAddressError, parseDeployAddress } = require('./build/deploy-address');
const { manifestForAddress } = require('./build/manifest-for-address');
const { validateManifest } = require('./build/validate-manifest');
const { HostingConfigFilesPlugin } = require('./build/hosting-config-files');
const { functionsJsonForAddress, helpPage } = require('./build/help-urls');
const { version } = require('./package.json');

/**
 * Microsoft's plugin generates functions.json from the JSDoc, and also injects a loader that appends an unguarded
 * `CustomFunctions.associate(id, fn)` for each function to functions.ts. Our functions file registers itself, guarded
 * by `typeof CustomFunctions !== 'undefined'` (so it also loads in jest, in a plain browser and beside the task pane
 * outside Excel); the appended calls would associate every function twice in Excel and throw a ReferenceError
 * anywhere else. So keep the metadata and drop that loader.
 */
class FunctionsMetadataPlugin extends CustomFunctionsMetadataPlugin {
  /** @param {{ output: string, input: string, address?: { base: string } }} options */
  constructor(options) {
    super(options);
    this.address = options.address || parseDeployAddress(DEV_ADDRESS);
  }

  apply(compiler) {
    super.apply(compiler);
    // each function's help URL on the deployment address (build/help-urls.js)
    compiler.hooks.thisCompilation.tap('FunctionsMetadataPlugin', (compilation) => {
      compilation.hooks.processAssets.tap({ name: 'FunctionsMetadataPlugin', stage: webpack.Compilation.PROCESS_ASSETS_STAGE_ADDITIONS }, () => {
        const asset = compilation.getAsset(this.options.output);
        if (!asset) return;
        try {
          compilation.updateAsset(this.options.output, new webpack.sources.RawSource(functionsJsonForAddress(asset.source.source().toString(), this.address)));
        } catch (e) {
          compilation.errors.push(new webpack.WebpackError(`FunctionsMetadataPlugin: ${e.message}`));
        }
      });
    });
    const injected = require.resolve('custom-functions-metadata-plugin/lib/loader.js');
    compiler.hooks.compilation.tap('FunctionsMetadataPlugin', (compilation) => {
      webpack.NormalModule.getCompilationHooks(compilation).beforeLoaders.tap('FunctionsMetadataPlugin', (loaders) => {
        for (let i = loaders.length - 1; i >= 0; i--) if (loaders[i].loader === injected) loaders.splice(i, 1);
      });
    });
  }
}

/**
 * The build's output names every JavaScript file by its content hash (runtime.1a2b3c4d.js), so a changed build is a new
 * file that no cache has seen; taskpane.html, which names them, keeps its name (the manifest points at it) and is served
 * with Cache-Control: no-cache (docs/deploy.md). The manifest's custom-functions <Script> URL names functions.js,
 * so the functions entry is also written under that stable name. (In the shared runtime Excel runs the functions from
 * taskpane.html; the <Script> element is required by the manifest schema.)
 */
class StableFunctionsScriptPlugin {
  apply(compiler) {
    compiler.hooks.thisCompilation.tap('StableFunctionsScriptPlugin', (compilation) => {
      compilation.hooks.processAssets.tap({ name: 'StableFunctionsScriptPlugin', stage: webpack.Compilation.PROCESS_ASSETS_STAGE_ADDITIONAL }, () => {
        const chunk = compilation.namedChunks.get('functions');
        const hashed = chunk && [...chunk.files].find((f) => f.endsWith('.js'));
        if (!hashed) {
          compilation.errors.push(new webpack.WebpackError('StableFunctionsScriptPlugin: no functions chunk to copy to functions.js'));
          return;
        }
        compilation.emitAsset('functions.js', compilation.getAsset(hashed).source);
      });
    });
  }
}

/** The development server's port: every URL in the source manifest.xml is on https://localhost:3000. */
const DEV_PORT = Number(new URL(DEV_ADDRESS).port);

/** The help page (the manifest's SupportUrl and the functions' help URLs): a guide for a data manager. */
const helpHtml = (address) => helpPage(fs.readFileSync(path.join(__dirname, 'src', 'help', 'help.html'), 'utf8'), address, version);

/**
 * HTTPS options for the dev server from Microsoft's office-addin-dev-certs (a localhost certificate signed by a
 * "Developer CA for Microsoft Office Add-ins" that it installs as trusted). If the CA cannot be installed but the
 * certificate files were created, serve with them and say how to trust them; if there are no certificates, stop with
 * a plain message rather than a stack trace.
 */
async function httpsOptions() {
  const devCerts = require('office-addin-dev-certs');
  try {
    return await devCerts.getHttpsServerOptions();
  } catch (e) {
    const dir = path.join(require('os').homedir(), '.office-addin-dev-certs');
    const files = { ca: 'ca.crt', cert: 'localhost.crt', key: 'localhost.key' };
    const reason = String((e && e.message) || e).trim();
    if (Object.values(files).every((f) => fs.existsSync(path.join(dir, f)))) {
      console.warn(
        `\nWARNING: the development certificate in ${dir} is not trusted (${reason}).\n` +
          'Serving https://localhost:3000 with it anyway: Excel and browsers will refuse the add-in until it is trusted.\n' +
          'Run "npx office-addin-dev-certs install" (as a user allowed to add trusted certificates) or trust ca.crt by hand.\n',
      );
      return Object.fromEntries(Object.entries(files).map(([k, f]) => [k, fs.readFileSync(path.join(dir, f))]));
    }
    console.error(
      `\nCould not create the localhost development certificates: ${reason}\n` +
        'Run "npx office-addin-dev-certs install" and then "npm run dev-server" again.\n',
    );
    process.exit(1);
  }
}

/**
 * The deployment address from `--env origin=…` (default: the development server). A bad one stops the build with a
 * one-line reason (DeployAddressError's message) rather than a stack trace.
 */
function deployAddress(env) {
  try {
    return parseDeployAddress(env.origin === undefined ? DEV_ADDRESS : String(env.origin));
  } catch (e) {
    if (!(e instanceof DeployAddressError)) throw e;
    const err = new Error(`ILR Workbench cannot be built for that address: ${e.message}`);
    err.stack = err.message;
    throw err;
  }
}

/** dist/manifest.xml: the source manifest for the address, refused if Microsoft's schemas reject it. */
async function builtManifest(source, address) {
  const text = manifestForAddress(source, address, version);
  const { valid, errors } = await validateManifest(text);
  if (!valid) throw new Error(`the manifest for ${address.base} does not validate against Microsoft's manifest schemas:\n  ${errors.join('\n  ')}`);
  return text;
}

module.exports = async (env = {}, argv = {}) => {
  const dev = argv.mode !== 'production';
  const serving = Boolean(env.WEBPACK_SERVE || (argv.env && argv.env.WEBPACK_SERVE));
  const address = deployAddress(env);
  // content-hashed names in a production build (see StableFunctionsScriptPlugin); plain ones for the dev server
  const scriptName = dev ? '[name].js' : '[name].[contenthash:8].js';
  const config = {
    context: __dirname,
    devtool: dev ? 'eval-source-map' : 'source-map',
    entry: {
      functions: './src/functions/functions.ts',
      commands: './src/commands/commands.ts',
      taskpane: './src/taskpane/index.tsx',
    },
    output: {
      path: path.resolve(__dirname, 'dist'),
      filename: scriptName,
      chunkFilename: scriptName,
      // e.g. the xmllint worker's WebAssembly: xmllint.<hash>.wasm
      assetModuleFilename: '[name].[contenthash:8][ext]',
      clean: true,
    },
    resolve: { extensions: ['.ts', '.tsx', '.js', '.mjs', '.json'] },
    module: {
      rules: [
        {
          test: /\.tsx?$/,
          exclude: /node_modules/,
          use: { loader: 'ts-loader', options: { transpileOnly: true, compilerOptions: { noEmit: false } } },
        },
        // the official XSDs, imported as text by the core (src/core/years/*)
        { test: /\.xsd$/, type: 'asset/source' },
      ],
    },
    plugins: [
      new FunctionsMetadataPlugin({ output: 'functions.json', input: './src/functions/functions.ts', address }),
      new HtmlWebpackPlugin({
        filename: 'taskpane.html',
        template: './src/taskpane/taskpane.html',
        // functions first: they register with CustomFunctions.associate as soon as the runtime loads
        chunks: ['functions', 'commands', 'taskpane'],
        chunksSortMode: 'manual',
      }),
      new HtmlWebpackPlugin({ filename: 'help.html', templateContent: helpHtml(address), inject: false }),
      new CopyWebpackPlugin({
        patterns: [
          // every URL moved to the deployment address, <Version> from package.json (build/manifest-for-address.js), and
          // checked against Microsoft's manifest schemas: an invalid manifest fails the build
          { from: 'manifest.xml', to: 'manifest.xml', transform: (content) => builtManifest(content.toString('utf8'), address) },
          { from: 'assets/icon-*.png', to: 'assets/[name][ext]' },
        ],
      }),
      // the About screen's version (src/taskpane/app/about-info.ts)
      new webpack.DefinePlugin({ __ILR_WORKBENCH_VERSION__: JSON.stringify(version) }),
      ...(dev ? [] : [new StableFunctionsScriptPlugin()]),
      // web.config (IIS) and staticwebapp.config.json (Azure Static Web Apps) with the headers of docs/deploy.md
      new HostingConfigFilesPlugin(),
    ],
    // one webpack runtime for the page, so the task pane and the functions share one copy of each module
    // (e.g. src/functions/function-settings.ts, through which the pane sets the functions' year)
    optimization: { runtimeChunk: 'single', splitChunks: { chunks: 'all' } },
    performance: { hints: false },
    devServer: {
      port: DEV_PORT,
      headers: { 'Access-Control-Allow-Origin': '*' },
      // everything is served from memory; dist/ on disk (a production build) is never mixed in
      static: false,
    },
  };
  if (serving) config.devServer.server = { type: 'https', options: await httpsOptions() };
  return config;
};

module.exports.DEV_PORT = DEV_PORT;
module.exports.DEV_ADDRESS = DEV_ADDRESS;
module.exports.StableFunctionsScriptPlugin = StableFunctionsScriptPlugin;
