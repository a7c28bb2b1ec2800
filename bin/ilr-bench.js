#!/usr/bin/env node
'use strict';
const path = require('path');
require(path.join(__dirname, '..', 'dist-cli', 'ilr-bench.cjs'));
