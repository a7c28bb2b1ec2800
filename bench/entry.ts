// npm run bench: the product's benchmarks, on synthetic data. Figures go into the closing notes, not into tests.
import { benchXml } from './xml';

async function main(): Promise<void> {
  const only = process.argv[2];
  const all: Record<string, () => Promise<void>> = {
    xml: () => benchXml(),
  };
  console.log(`ILR Workbench benchmarks — node ${process.version}, ${new Date().toISOString()}`);
  for (const [name, run] of Object.entries(all)) {
    if (only && only !== name) continue;
    console.log(`\n## ${name}`);
    await run();
  }
}

main().catch((e) => {
  console.error(e);
  process.exitCode = 1;
});
