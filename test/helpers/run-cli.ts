import { main } from '../../src/cli/main';

/**
 * The time a test that runs the command line may take. A CLI round trip (read a workbook, check, write and
 * XSD-validate the XML) takes a second or two on a quiet machine, but several times that on a loaded 2-core machine
 * with jest's workers side by side; jest's 5 s default failed there. Files that call runCli set it with jest.setTimeout.
 */
export const CLI_TEST_TIMEOUT_MS = 60_000;

/** Runs the `ilr` command line in-process, capturing what it prints. */
export async function runCli(args: string[], cwd = process.cwd()): Promise<{ code: number; out: string; err: string }> {
  const out: string[] = [];
  const err: string[] = [];
  const code = await main(args, { out: (l) => out.push(l), err: (l) => err.push(l), cwd });
  return { code, out: out.join('\n'), err: err.join('\n') };
}
