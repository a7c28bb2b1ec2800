import { main, nodeIo } from './main';

// `ilr check … | head` closes the pipe early: stop quietly instead of crashing on EPIPE.
process.stdout.on('error', (e: NodeJS.ErrnoException) => {
  if (e.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  throw e;
});

main(process.argv.slice(2), nodeIo()).then((code) => {
  process.exitCode = code;
});
