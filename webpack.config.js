// Builds the add-in: one taskpane.html (the shared runtime) carrying the task pane, the ILR.* custom functions and
// the ribbon commands; functions.json generated from the functions' JSDoc; the manifest and icons; xmllint's
// WebAssembly for the in-browser XSD check.
const path = require('path');
const HtmlWebpackPlugin = require('html-webpack-plugin');
const CopyWebpackPlugin = require('copy-webpack-plugin');
const CustomFunctionsMetadataPlugin = require('custom-functions-metadata-plugin');

const DEV_PORT = 3000;

module.exports = async (_env, argv) => {
  const dev = argv.mode !== 'production';
  const config = {
    devtool: dev ? 'eval-source-map' : 'source-map',
    entry: {
      functions: './src/functions/functions.ts',
      commands: './src/commands/commands.ts',
      taskpane: './src/taskpane/index.tsx',
    },
    output: {
      path: path.resolve(__dirname, 'dist'),
      filename: '[name].js',
      clean: true,
    },
    resolve: { extensions: ['.ts', '.tsx', '.js', '.mjs', '.json'] },
    module: {
      rules: [
        { test: /\.tsx?$/, exclude: /node_modules/, use: { loader: 'ts-loader', options: { transpileOnly: true, compilerOptions: { noEmit: false } } } },
        { test: /\.xsd$/, type: 'asset/source' },
      ],
    },
    plugins: [
      new CustomFunctionsMetadataPlugin({ output: 'functions.json', input: './src/functions/functions.ts' }),
      new HtmlWebpackPlugin({
        filename: 'taskpane.html',
        template: './src/taskpane/taskpane.html',
        chunks: ['functions', 'commands', 'taskpane'],
        chunksSortMode: 'manual',
      }),
      new CopyWebpackPlugin({
        patterns: [
          { from: 'manifest.xml', to: 'manifest.xml' },
          { from: 'assets/icon-*.png', to: 'assets/[name][ext]' },
          { from: 'docs/help.html', to: 'help.html', noErrorOnMissing: true },
          // libxml2 compiled to WebAssembly, fetched by xmllint-wasm's worker from beside it
          { from: require.resolve('xmllint-wasm/xmllint.wasm'), to: 'xmllint.wasm' },
        ],
      }),
    ],
    // one webpack runtime for the page, so the task pane and the functions share one copy of each module
    // (e.g. src/functions/function-settings.ts, through which the pane sets the functions' year)
    optimization: { runtimeChunk: 'single', splitChunks: { chunks: 'all' } },
    performance: { hints: false },
    devServer: {
      port: DEV_PORT,
      headers: { 'Access-Control-Allow-Origin': '*' },
      static: { directory: path.resolve(__dirname, 'dist') },
    },
  };
  if (dev && argv.env && argv.env.WEBPACK_SERVE) {
    try {
      const devCerts = require('office-addin-dev-certs');
      config.devServer.server = { type: 'https', options: await devCerts.getHttpsServerOptions() };
    } catch (e) {
      console.error(`Could not create or find the localhost development certificates (${e.message}). Run "npx office-addin-dev-certs install" and try again.`);
      throw e;
    }
  }
  return config;
};
