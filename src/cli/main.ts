import { readFileSync } from 'node:fs';
import { years } from '../core/years/registry';
import { commands } from './commands';
import { fsReason, isFsError, userLine } from './errors';
import { EXIT_OK, EXIT_USAGE, UsageError, type CliIo } from './io';

function help(io: CliIo): void {
  io.out('ilr: check ILR learner data, write and read ILR XML files (ILR Workbench)');
  io.out('');
  io.out('commands:');
  for (const c of commands) io.out(`  ${c.usage}\n      ${c.summary}`);
  io.out('');
  io.out('every command accepts --xsd FILE (repeatable) to add a collection year from its official XSD');
  io.out(`known years: ${years.describeKnown()}`);
  io.out('exit codes: 0 ok, 1 the data has errors (or a file was refused), 2 bad usage, unreadable input, or an output that cannot be written');
  io.out('an existing output file is never replaced unless --force is given');
}

/** Takes the global --xsd FILE options out of the arguments and registers those years. */
function registerXsds(args: string[]): string[] {
  const rest: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const a = args[i]!;
    let file: string | undefined;
    if (a === '--xsd') {
      file = args[++i];
      if (!file) throw new UsageError('--xsd needs a file');
    } else if (a.startsWith('--xsd=')) file = a.slice(6);
    else {
      rest.push(a);
      continue;
    }
    let text: string;
    try {
      text = readFileSync(file, 'utf8');
    } catch (e) {
      throw new UsageError(`cannot read XSD ${file}: ${isFsError(e) ? fsReason(e.code) : (e as Error).message}`);
    }
    try {
      years.register(text, file);
    } catch (e) {
      throw new UsageError(`${file}: ${(e as Error).message}`);
    }
  }
  return rest;
}

export async function main(argv: string[], io: CliIo): Promise<number> {
  try {
    const args = registerXsds(argv);
    const [name, ...rest] = args;
    if (!name || name === 'help' || name === '--help' || name === '-h') {
      help(io);
      return name ? EXIT_OK : EXIT_USAGE;
    }
    const cmd = commands.find((c) => c.name === name);
    if (!cmd) throw new UsageError(`unknown command "${name}"; try "ilr help"`);
    if (rest.includes('--help') || rest.includes('-h')) {
      io.out(`usage: ${cmd.usage}\n${cmd.summary}`);
      return EXIT_OK;
    }
    return await cmd.run(rest, io);
  } catch (e) {
    // one line (a usage error may add its usage line), never a stack: a file-system error or a library's text in
    // plain English (errors.ts), anything else as an internal error naming what failed, never the data
    io.err(`ilr: ${userLine(e, argv, e instanceof UsageError)}`);
    return EXIT_USAGE;
  }
}

export function nodeIo(): CliIo {
  return { out: (l) => process.stdout.write(l + '\n'), err: (l) => process.stderr.write(l + '\n'), cwd: process.cwd() };
}
