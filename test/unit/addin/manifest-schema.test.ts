import { readFileSync } from 'node:fs';
import { join } from 'node:path';

// manifest.xml, and the manifest the build writes for another address, against Microsoft's add-in manifest schemas
// (assets/manifest-schemas/), offline and in-process with libxml2 (build/validate-manifest.js). The broken manifests
// below show the validation is real: each must be refused, with libxml2's reason.
const ROOT = join(__dirname, '../../..');
/* eslint-disable @typescript-eslint/no-require-imports */
const { validateManifest } = require(join(ROOT, 'build/validate-manifest')) as {
  validateManifest: (text: string) => Promise<{ valid: boolean; errors: string[] }>;
};
const { parseDeployAddress } = require(join(ROOT, 'build/deploy-address')) as { parseDeployAddress: (t: string) => { base: string } };
const { manifestForAddress } = require(join(ROOT, 'build/manifest-for-address')) as {
  manifestForAddress: (text: string, address: { base: string }, version: string) => string;
};
/* eslint-enable @typescript-eslint/no-require-imports */
const source = readFileSync(join(ROOT, 'manifest.xml'), 'utf8');
const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version: string };

describe("Microsoft's manifest schemas", () => {
  test('accept manifest.xml', async () => {
    expect(await validateManifest(source)).toEqual({ valid: true, errors: [] });
  });

  test.each(['https://addins.example.ac.uk/ilr-workbench', 'https://web.college.example:8443/apps/ilr/'])(
    'accept the manifest built for %s',
    async (origin) => {
      const built = manifestForAddress(source, parseDeployAddress(origin), pkg.version);
      expect(await validateManifest(built)).toEqual({ valid: true, errors: [] });
    },
  );

  const once = (from: string, to: string) => {
    if (!source.includes(from)) throw new Error(`manifest.xml has no ${from}`);
    return source.replace(from, to);
  };
  test.each<[string, () => string, RegExp]>([
    ['a runtime lifetime that is not short or long', () => once('lifetime="long"', 'lifetime="forever"'), /attribute 'lifetime'.*'forever'.*\{'short', 'long'\}/],
    ['a five-part Version', () => source.replace(/<Version>[^<]*</, '<Version>1.0.0.0.0<'), /Element 'Version'.*'1\.0\.0\.0\.0'/],
    ['Permissions before DefaultSettings', () => {
      const perm = '  <Permissions>ReadWriteDocument</Permissions>\n';
      return once(perm, '').replace('  <DefaultSettings>', perm + '  <DefaultSettings>');
    }, /This element is not expected/],
    ['no Id', () => source.replace(/ *<Id>[^<]*<\/Id>\n/, ''), /Element 'Version': This element is not expected\. Expected is .*Id/],
    ['Runtimes after AllFormFactors', () => {
      const runtimes = /( *<Runtimes>[\s\S]*?<\/Runtimes>\n)/.exec(source)![1]!;
      return once(runtimes, '').replace('        </AllFormFactors>\n', `        </AllFormFactors>\n${runtimes}`);
    }, /Element 'Runtimes': This element is not expected/],
    ['an unknown permission', () => once('<Permissions>ReadWriteDocument<', '<Permissions>Everything<'), /Element 'Permissions'.*'Everything'/],
    ['a resource id longer than 32 characters', () => source.replaceAll('Taskpane.Url', 'Taskpane.Url.' + 'x'.repeat(30)), /'Taskpane\.Url\.x+'.*(length|maxLength)/],
  ])('refuse a manifest with %s', async (_what, make, reason) => {
    const result = await validateManifest(make());
    expect(result.valid).toBe(false);
    expect(result.errors.join('\n')).toMatch(reason);
    expect(result.errors[0]).toMatch(/^line \d+: /);
  });
});
