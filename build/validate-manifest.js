// Checks an add-in manifest against Microsoft's manifest XML schemas (assets/manifest-schemas/), offline and
// in-process: libxml2 compiled to WebAssembly (xmllint-wasm, the same validator the task pane uses for the ILR file).
// `office-addin-manifest validate` asks a Microsoft web service instead.
//
//   node build/validate-manifest.js [manifest.xml …]      (default: dist/manifest.xml); exit 1 when one is invalid
const fs = require('fs');
const path = require('path');

const SCHEMA_DIR = path.join(__dirname, '..', 'assets', 'manifest-schemas');
/** The root schema; it imports the others by file name. */
const ROOT_SCHEMA = 'OfficeAppManifestV1_1.xsd';

function schemaFiles() {
  return fs
    .readdirSync(SCHEMA_DIR)
    .filter((f) => f.endsWith('.xsd'))
    .map((f) => ({ fileName: f, contents: fs.readFileSync(path.join(SCHEMA_DIR, f), 'utf8') }));
}

/**
 * Validates manifest text. Resolves to { valid, errors }: each error is libxml2's message with its line, e.g.
 * "line 33: Element 'Runtime', attribute 'lifetime': … not an element of the set {'short', 'long'}".
 * @param {string} text
 * @param {string} [fileName] named in the messages
 */
async function validateManifest(text, fileName = 'manifest.xml') {
  const { validateXML } = require('xmllint-wasm');
  const files = schemaFiles();
  const result = await validateXML({
    xml: [{ fileName, contents: text }],
    schema: files.filter((f) => f.fileName === ROOT_SCHEMA),
    preload: files.filter((f) => f.fileName !== ROOT_SCHEMA),
  });
  const errors = result.errors
    .filter((e) => /error/i.test(e.rawMessage))
    .map((e) => {
      const line = e.loc && Number.isFinite(e.loc.lineNumber) ? `line ${e.loc.lineNumber}: ` : '';
      return line + e.message.replace(/^element \S+: /, '').replace(/^Schemas (validity|parser) error : /, '').replace(/\{[a-z]+:\/\/[^}]*\}/g, '');
    });
  if (!result.valid && errors.length === 0) errors.push(result.rawOutput.trim() || `${fileName} does not validate`);
  return { valid: result.valid, errors };
}

async function main(argv) {
  const files = argv.length ? argv : [path.join('dist', 'manifest.xml')];
  let bad = 0;
  for (const file of files) {
    let text;
    try {
      text = fs.readFileSync(file, 'utf8');
    } catch (e) {
      console.error(`${file}: cannot be read (${e.code || e.message})`);
      bad++;
      continue;
    }
    const { valid, errors } = await validateManifest(text, path.basename(file));
    if (valid) console.log(`${file}: valid against Microsoft's add-in manifest schemas`);
    else {
      bad++;
      console.error(`${file}: not valid against Microsoft's add-in manifest schemas`);
      for (const e of errors) console.error(`  ${e}`);
    }
  }
  return bad === 0 ? 0 : 1;
}

if (require.main === module) {
  main(process.argv.slice(2)).then(
    (code) => process.exit(code),
    (e) => {
      console.error(e && e.message ? e.message : e);
      process.exit(2);
    },
  );
}

module.exports = { ROOT_SCHEMA, SCHEMA_DIR, validateManifest };
