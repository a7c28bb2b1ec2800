// npm run bench [name]: the product's benchmarks, on synthetic data (no real people).
// npm run bench -- process [--sizes 10000,50000,100000] [--runs 3] [--timeout 600] [--dir DIR] [--json FILE]: whole processes.
// Figures go into the issues' closing notes, never into timed unit tests.
import { benchXml } from './xml';
import { benchRules } from './rules';
import { benchDestinations } from './destinations';
import { benchFunctions } from './functions';
import { benchSheetRead } from './sheet-read';
import { benchAdapter } from './adapter';
import { benchProcess, processOptions } from './process';

const rest = process.argv.slice(3);

// process first: the whole-process table is the first table, the in-process stages the second
const all: Record<string, () => Promise<void>> = {
  process: () => benchProcess(processOptions(rest)),
  xml: () => benchXml(),
  sheet: () => benchSheetRead(),
  rules: () => benchRules(),
  destinations: () => benchDestinations(),
  functions: () => benchFunctions(),
  adapter: () => benchAdapter(),
};

async function main(): Promise<void> {
  const only = process.argv[2];
  if (only !== 'process' && rest.length) throw new Error(`options (${rest.join(' ')}) are for "process" only: npm run bench -- process --sizes 10000,50000 --runs 3`);
  if (only && !all[only]) throw new Error(`unknown benchmark "${only}"; known: ${Object.keys(all).join(', ')}`);
  console.log(`ILR Workbench benchmarks — node ${process.version}, ${new Date().toISOString()}`);
  for (const [name, run] of Object.entries(all)) {
    if (only && only !== name) continue;
    console.log(`\n## ${name}`);
    await run();
    (globalThis as { gc?: () => void }).gc?.();
  }
}

main().catch((e) => {
  console.error(e);
  process.exitCode = 1;
});
