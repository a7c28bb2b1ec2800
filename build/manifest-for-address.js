// The manifest the build writes to dist/: manifest.xml (whose URLs are the development server's) with every URL moved
// to the deployment address and <Version> taken from package.json.
const { DEV_ADDRESS } = require('./deploy-address');

class ManifestBuildError extends Error {
  constructor(message) {
    super(message);
    this.name = 'ManifestBuildError';
  }
}

/**
 * The manifest's four-part version (Office's `n.n.n.n`, each part at most five digits) from package.json's version.
 * A pre-release version (1.2.0-beta.1) has no such form: the build refuses it rather than guess.
 * @param {string} packageVersion
 */
function manifestVersion(packageVersion) {
  const m = /^(\d{1,5})\.(\d{1,5})\.(\d{1,5})$/.exec(String(packageVersion));
  if (!m) {
    throw new ManifestBuildError(
      `package.json version "${packageVersion}" cannot be a manifest Version: Office wants up to four numbers of at most five digits (e.g. 1.2.0 becomes 1.2.0.0); pre-release tags have no place in it`,
    );
  }
  return `${m[1]}.${m[2]}.${m[3]}.0`;
}

/**
 * @param {string} manifestText the source manifest.xml
 * @param {{ base: string }} address from parseDeployAddress
 * @param {string} packageVersion package.json's version
 */
function manifestForAddress(manifestText, address, packageVersion) {
  let moved = 0;
  let text = manifestText.replace(/DefaultValue="([^"]*)"/g, (whole, value) => {
    if (!value.startsWith(DEV_ADDRESS)) return whole;
    moved++;
    return `DefaultValue="${address.base}${value.slice(DEV_ADDRESS.length)}"`;
  });
  if (moved === 0) throw new ManifestBuildError(`manifest.xml names no URL under ${DEV_ADDRESS}: nothing to move to ${address.base}`);
  const versions = text.match(/<Version>[^<]*<\/Version>/g) ?? [];
  if (versions.length !== 1) throw new ManifestBuildError(`manifest.xml has ${versions.length} <Version> elements; expected one`);
  text = text.replace(/<Version>[^<]*<\/Version>/, `<Version>${manifestVersion(packageVersion)}</Version>`);
  if (address.base !== DEV_ADDRESS && text.includes(DEV_ADDRESS.replace(/\/$/, ''))) {
    throw new ManifestBuildError(`manifest.xml still names ${DEV_ADDRESS} outside a DefaultValue after moving its URLs to ${address.base}`);
  }
  return text;
}

module.exports = { ManifestBuildError, manifestForAddress, manifestVersion };
