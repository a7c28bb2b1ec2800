// npm run bench [name]: the product's benchmarks, on synthetic data (no real people).
// Figures go into the issues' closing notes, never into timed unit tests.
import { benchXml } from './xml';
import { benchRules } from './rules';
import { benchDestinations } from './destinations';
import { benchFunctions } from './functions';
import { benchSheetRead } from './sheet-read';
import { benchAdapter } from './adapter';
import { benchProcess } from './process';

const all: Record<string, () => Promise<void>> = {
  xml: () => benchXml(),
  sheet: () => benchSheetRead(),
  rules: () => benchRules(),
  destinations: () => benchDestinations(),
  functions: () => benchFunctions(),
  adapter: () => benchAdapter(),
  process: () => benchProcess(Number(process.env['ILR_BENCH_LEARNERS'] ?? 100_000)),
};

async function main(): Promise<void> {
  const only = process.argv[2];
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
