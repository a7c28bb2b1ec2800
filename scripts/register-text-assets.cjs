// Lets scripts run with tsx (`npx tsx --require ./scripts/register-text-assets.cjs script.ts`) import .xsd files
// as text, as webpack, esbuild and jest do.
const fs = require('fs');
require.extensions['.xsd'] = (module, filename) => {
  module.exports = { __esModule: true, default: fs.readFileSync(filename, 'utf8') };
};
