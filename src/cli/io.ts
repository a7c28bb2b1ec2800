/** What a command may do to the outside world: print, and read and write files. Tests pass their own. */
export interface CliIo {
  out(line: string): void;
  err(line: string): void;
  cwd: string;
}

export const EXIT_OK = 0;
/** The data has errors (a check found errors, or a file was refused). */
export const EXIT_DATA_ERRORS = 1;
/** Bad usage or unreadable input. */
export const EXIT_USAGE = 2;

/** Bad usage or unreadable input: exit code 2 with a one-line reason. */
export class UsageError extends Error {}

export interface Command {
  name: string;
  summary: string;
  usage: string;
  run(args: string[], io: CliIo): Promise<number>;
}
