import type { CliIo } from '../io';

/** Findings per write: each write is one string of at most this many findings (a few hundred kB), never the whole report. */
export const FINDINGS_PER_WRITE = 200;

/** The items of a list mapped one at a time, as they are written (no second array of the whole list). */
export function* mapped<T, U>(items: Iterable<T>, f: (t: T) => U): Iterable<U> {
  for (const i of items) yield f(i);
}

/**
 * A JSON report written in pieces: its keys in order, each as JSON.stringify would write it, except `findings`, which
 * is streamed — one finding a line, FINDINGS_PER_WRITE to a write. The text parses to exactly the object
 * JSON.stringify would have written (the same shape, keys and order); only the line breaks differ.
 */
export function writeJsonReport(io: Pick<CliIo, 'out'>, report: Record<string, unknown> & { findings: Iterable<unknown> }): void {
  let head = '{';
  let first = true;
  const key = (k: string) => `${first ? '' : ','}${JSON.stringify(k)}:`;
  let tail: string | undefined;
  for (const [k, v] of Object.entries(report)) {
    if (k === 'findings') {
      io.out(`${head}${key(k)}[`);
      first = false;
      streamItems(io, v as Iterable<unknown>);
      tail = ']';
      continue;
    }
    const text = JSON.stringify(v);
    if (text === undefined) continue; // JSON.stringify leaves out undefined values and functions
    if (tail === undefined) head += key(k) + text;
    else tail += key(k) + text;
    first = false;
  }
  io.out(tail === undefined ? `${head}}` : `${tail}}`);
}

function streamItems(io: Pick<CliIo, 'out'>, items: Iterable<unknown>): void {
  let batch: string[] = [];
  for (const item of items) {
    if (batch.length === FINDINGS_PER_WRITE) {
      io.out(batch.join(',\n') + ',');
      batch = [];
    }
    batch.push(JSON.stringify(item) ?? 'null'); // as in an array, where JSON.stringify writes undefined as null
  }
  if (batch.length) io.out(batch.join(',\n'));
}
