#!/usr/bin/env node
'use strict';
// The `ilr` command. The TypeScript sources are bundled into dist-cli/ by `npm run build:cli` (run by npm ci / npm install).
const path = require('path');
const fs = require('fs');
const bundle = path.join(__dirname, '..', 'dist-cli', 'ilr.cjs');
if (!fs.existsSync(bundle)) {
  process.stderr.write('ilr: the command line is not built yet; run "npm run build:cli" (npm ci does it for you)\n');
  process.exit(2);
}
require(bundle);
