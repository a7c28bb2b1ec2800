import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseXmlTree, type XmlElement } from '../../../src/core/xml/tree';

// The manifest the build writes: the source manifest.xml with every URL moved to the deployment address and the
// Version from package.json (build/manifest-for-address.js).
const ROOT = join(__dirname, '../../..');
/* eslint-disable @typescript-eslint/no-require-imports */
const { parseDeployAddress } = require(join(ROOT, 'build/deploy-address')) as { parseDeployAddress: (t: string) => { base: string } };
const { manifestForAddress, manifestVersion, ManifestBuildError } = require(join(ROOT, 'build/manifest-for-address')) as {
  manifestForAddress: (text: string, address: { base: string }, version: string) => string;
  manifestVersion: (v: string) => string;
  ManifestBuildError: new (m: string) => Error;
};
/* eslint-enable @typescript-eslint/no-require-imports */
const source = readFileSync(join(ROOT, 'manifest.xml'), 'utf8');
const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version: string };

function urls(text: string): string[] {
  const out: string[] = [];
  (function walk(el: XmlElement) {
    // every attribute holding a URL but the namespace declarations (names, not addresses)
    for (const [k, v] of Object.entries(el.attrs)) if (!/^xmlns(:|$)/.test(k) && /^[a-z]+:\/\//i.test(v)) out.push(v);
    el.children.forEach(walk);
  })(parseXmlTree(text));
  return out;
}

describe('the built manifest', () => {
  const address = parseDeployAddress('https://addins.example.ac.uk/ilr-workbench');
  const built = manifestForAddress(source, address, '2.3.4');

  test('every URL is the same file under the deployment address', () => {
    const before = urls(source);
    const after = urls(built);
    expect(after).toHaveLength(before.length);
    expect(before.length).toBeGreaterThan(5);
    after.forEach((u, i) => {
      expect(u.startsWith('https://addins.example.ac.uk/ilr-workbench/')).toBe(true);
      expect(u.slice(address.base.length)).toBe(before[i]!.slice('https://localhost:3000/'.length));
    });
    expect(built).not.toMatch(/localhost/);
  });

  test('the Version follows package.json', () => {
    expect(parseXmlTree(built).children.find((c) => c.name === 'Version')!.text).toBe('2.3.4.0');
    const fromPackage = manifestForAddress(source, address, pkg.version);
    expect(fromPackage).toContain(`<Version>${pkg.version}.0</Version>`);
  });

  test('nothing else changes', () => {
    const strip = (t: string) => t.replace(/DefaultValue="https:[^"]*"/g, '').replace(/<Version>[^<]*<\/Version>/, '');
    expect(strip(built)).toBe(strip(source));
  });

  test('a build for the development server leaves the URLs as they are', () => {
    const dev = manifestForAddress(source, parseDeployAddress('https://localhost:3000'), pkg.version);
    expect(urls(dev)).toEqual(urls(source));
  });

  test.each([
    ['0.1.0', '0.1.0.0'],
    ['12.0.99999', '12.0.99999.0'],
  ])('package version %s is manifest Version %s', (v, m) => expect(manifestVersion(v)).toBe(m));

  test.each(['1.2.0-beta.1', '1.2', '1.2.100000', 'v1.2.3'])('package version %s is refused', (v) => {
    expect(() => manifestVersion(v)).toThrow(ManifestBuildError);
    expect(() => manifestVersion(v)).toThrow(/cannot be a manifest Version/);
  });

  test('a manifest with no development URL to move is refused', () => {
    expect(() => manifestForAddress(source.replace(/https:\/\/localhost:3000\//g, 'https://elsewhere.example/'), address, '1.0.0')).toThrow(/names no URL under/);
  });
});
