// Bundles the command line (src/cli) into dist-cli/ilr.cjs with esbuild; npm packages stay external.
import { build } from 'esbuild';

await build({
  entryPoints: { ilr: 'src/cli/entry.ts', 'ilr-bench': 'bench/entry.ts' },
  outdir: 'dist-cli',
  outExtension: { '.js': '.cjs' },
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  packages: 'external',
  loader: { '.xsd': 'text' },
  sourcemap: 'linked',
  logLevel: 'warning',
});
