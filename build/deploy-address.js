// The web address the add-in is served from, given to the build as `--env origin=https://host/folder`: an https
// origin and, optionally, the folder on that site that holds the contents of dist/. Every URL in the built manifest is
// this address plus a file name. The development server's address is the default.

/** Where `npm run dev-server` serves the add-in, and the address the source manifest.xml names. */
const DEV_ADDRESS = 'https://localhost:3000/';

/** The add-in's file names, longest first, that the manifest names under the address (for the length check). */
const LONGEST_FILE_NAME = 'assets/icon-80.png';
/** The manifest schema's longest URL (bt:URL, OfficeAppBasicTypesV1_0.xsd): 2048 characters. */
const MAX_URL_LENGTH = 2048;

/** A bad address: the message says what is wrong and what is wanted, for a person running the build. */
class DeployAddressError extends Error {
  constructor(message) {
    super(message);
    this.name = 'DeployAddressError';
  }
}

const EXAMPLE = 'e.g. https://addins.example.ac.uk/ilr-workbench';

/**
 * Reads and checks a deployment address. Returns { origin, path, base }: `path` and `base` end with '/', so
 * `base + 'taskpane.html'` is a file's URL. Throws a DeployAddressError naming the problem.
 * @param {string} text
 */
function parseDeployAddress(text) {
  const raw = typeof text === 'string' ? text.trim() : '';
  if (!raw) throw new DeployAddressError(`no address given: pass the web address the add-in will be served from (${EXAMPLE})`);
  if (/\s/.test(raw)) throw new DeployAddressError(`"${raw}" contains a space: a web address has none (${EXAMPLE})`);
  let url;
  try {
    url = new URL(raw);
  } catch {
    throw new DeployAddressError(`"${raw}" is not a web address (${EXAMPLE})`);
  }
  if (url.protocol !== 'https:') {
    throw new DeployAddressError(`"${raw}" must start with https:// — Office loads add-ins only over HTTPS`);
  }
  if (url.username || url.password) throw new DeployAddressError(`"${raw}" must not contain a user name or password`);
  if (raw.includes('?')) {
    throw new DeployAddressError(`"${raw}" has a query string (?…): give the folder the add-in is served from, nothing after it (${EXAMPLE})`);
  }
  if (raw.includes('#')) throw new DeployAddressError(`"${raw}" has a fragment (#…): give just the folder (${EXAMPLE})`);
  const rawPath = raw.slice(raw.indexOf('//') + 2).replace(/^[^/]*/, '');
  if (rawPath.split('/').some((s) => s === '.' || s === '..')) {
    throw new DeployAddressError(`"${raw}" has a . or .. folder: give the folder's plain path (${EXAMPLE})`);
  }
  const last = url.pathname.split('/').filter(Boolean).pop() ?? '';
  if (/\.(html?|xml|json|js|aspx?|php)$/i.test(last)) {
    throw new DeployAddressError(`"${raw}" ends in a file name (${last}): give the folder that holds the add-in's files, without the file (${EXAMPLE})`);
  }
  const path = url.pathname.endsWith('/') ? url.pathname : `${url.pathname}/`;
  const base = `${url.origin}${path}`;
  if ((base + LONGEST_FILE_NAME).length > MAX_URL_LENGTH) {
    throw new DeployAddressError(`"${raw}" is too long: the manifest's URLs may have at most ${MAX_URL_LENGTH} characters`);
  }
  return { origin: url.origin, path, base };
}

module.exports = { DEV_ADDRESS, DeployAddressError, parseDeployAddress };
