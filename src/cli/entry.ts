import { main, nodeIo } from './main';

main(process.argv.slice(2), nodeIo()).then((code) => {
  process.exitCode = code;
});
