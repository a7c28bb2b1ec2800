import { existsSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parseCommandArgs } from '../args';
import { EXIT_DATA_ERRORS, EXIT_OK, UsageError, type Command, type CliIo } from '../io';
import { productRoot } from '../product-root';

/** The bundled sample workbook the demo runs on (synthetic learners). */
export function sampleWorkbook(): string {
  return join(productRoot(), 'assets', 'sample', 'ILR-Sample-2526.xlsx');
}

async function step(io: CliIo, title: string, args: string[]): Promise<number> {
  // imported lazily so the demo never forms an import cycle with the command list
  const { commands } = await import('./index');
  io.out(`\n$ ilr ${args.map((a) => (a.includes(' ') ? `"${a}"` : a)).join(' ')}    # ${title}`);
  const cmd = commands.find((c) => c.name === args[0]);
  if (!cmd) throw new UsageError(`the demo needs the "${args[0]}" command`);
  return cmd.run(args.slice(1), io);
}

export const demoCommand: Command = {
  name: 'demo',
  summary: 'run the main job on the bundled sample workbook: summarise it, check it, write its ILR XML file',
  usage: 'ilr demo [-o DIR] [--as-of YYYY-MM-DD]',
  async run(args, io) {
    const { values } = parseCommandArgs(args, { out: { type: 'string', short: 'o' }, 'as-of': { type: 'string' } }, this.usage);
    const sample = sampleWorkbook();
    if (!existsSync(sample)) throw new UsageError(`the sample workbook is missing: ${sample}`);
    // the demo's own folder: running the demo again replaces the file it wrote the last time (same data, same name)
    const out = values.out ?? join(io.cwd, 'demo-output');
    const shown = relative(io.cwd, sample) || sample;
    io.out('ILR Workbench demo on the bundled sample workbook (synthetic learners, no real people)');
    await step(io, 'what is in the workbook', ['info', shown]);
    const checked = await step(io, 'check it against the ILR rules and the Provider Support Manual advice', [
      'check', shown, ...(values['as-of'] ? ['--as-of', values['as-of']] : []),
    ]);
    const written = await step(io, 'write the ILR XML file (validated against the official XSD)', ['xml', shown, '-o', out, '--force']);
    io.out('');
    io.out(checked === EXIT_OK ? 'The check found no errors.' : 'The check found the errors placed in the sample on purpose (see assets/sample/README.md).');
    io.out(written === EXIT_OK ? `The ILR file is in ${out}.` : 'The ILR file was not written (see above).');
    return written === EXIT_OK ? EXIT_OK : EXIT_DATA_ERRORS;
  },
};
