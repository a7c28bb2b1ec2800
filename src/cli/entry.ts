import { main, nodeIo } from './main';
import { userLine } from './errors';
import { removeTemporaryFilesSync } from './output-file';

// `ilr check … | head` closes the pipe early: stop quietly instead of crashing on EPIPE.
process.stdout.on('error', (e: NodeJS.ErrnoException) => {
  if (e.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  throw e;
});

// Ctrl-C or a kill while an output is being written: leave no temporary file behind (the final name is never touched)
for (const [signal, code] of [['SIGINT', 130], ['SIGTERM', 143], ['SIGHUP', 129]] as const) {
  process.once(signal, () => {
    removeTemporaryFilesSync();
    process.exit(code);
  });
}

// the safety net for a failure outside main's own (a library's stream erroring after its promise settled): one line, exit 2
for (const event of ['uncaughtException', 'unhandledRejection'] as const) {
  process.on(event, (e: unknown) => {
    removeTemporaryFilesSync();
    process.stderr.write(`ilr: ${userLine(e, process.argv.slice(2), false)}\n`);
    process.exit(2);
  });
}

main(process.argv.slice(2), nodeIo()).then((code) => {
  process.exitCode = code;
});
