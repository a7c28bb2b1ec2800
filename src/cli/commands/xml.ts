import { join, resolve } from 'node:path';
import { formatLocation } from '../../core/model/record';
import { exportIlrFile, normalisedNote } from '../../core/xml/export-file';
import { describeViolation } from '../../core/xml/validate-xsd';
import { parseCommandArgs } from '../args';
import { EXIT_DATA_ERRORS, EXIT_OK, UsageError, type Command } from '../io';
import { loadInput } from '../load-input';
import { checkFolderUsable, ensureFolder, outputFs, writeOutput } from '../output-file';

export const xmlCommand: Command = {
  name: 'xml',
  summary: 'write the ILR XML file (validated against the official XSD, named the official way)',
  usage: 'ilr xml <file.xlsx|file.csv|file.xml> [-o DIR] [--year Y] [--force]',
  async run(args, io) {
    const { values, positionals } = parseCommandArgs(args, { out: { type: 'string', short: 'o' }, year: { type: 'string' }, force: { type: 'boolean' } }, this.usage);
    if (positionals.length !== 1) throw new UsageError(`give one input file\nusage: ${this.usage}`);
    const dir = resolve(io.cwd, values.out ?? '.');
    checkFolderUsable(dir);
    const input = await loadInput(resolve(io.cwd, positionals[0]!), { year: values.year });
    for (const n of input.notes) io.err(`note: ${n}`);
    const cellErrors = input.problems.filter((p) => p.severity === 'error');
    if (cellErrors.length) {
      io.err(`refused: ${cellErrors.length} cell${cellErrors.length === 1 ? '' : 's'} must be corrected before the file can be written:`);
      for (const p of cellErrors) io.err(`  ${formatLocation(p.location)} ${p.field ?? ''}: ${p.message}`);
      return EXIT_DATA_ERRORS;
    }
    const result = await exportIlrFile(input.message);
    const normalised = normalisedNote(result.report);
    if (normalised) io.err(`note: ${normalised}`);
    if (result.violations.length) {
      io.err(`refused: the file would not pass the official ${input.message.year.label} XSD (${result.violations.length} problem${result.violations.length === 1 ? '' : 's'}):`);
      for (const v of result.violations) io.err(`  ${describeViolation(v)}`);
      return EXIT_DATA_ERRORS;
    }
    if (!result.fileName) {
      io.err(`refused: ${result.fileNameProblem}`);
      return EXIT_DATA_ERRORS;
    }
    ensureFolder(dir);
    const path = join(dir, result.fileName);
    // the name comes from the header's DateTime: exporting the same data again names the same file, never replaced unasked
    await writeOutput(path, { force: values.force === true }, (tmp) => outputFs.writeFile(tmp, result.bytes));
    for (const l of result.report.leftOut) io.err(`note: left out ${l.count} × ${l.path}: ${l.reason}`);
    io.out(`wrote ${path}`);
    io.out(`${result.report.learners} learners, ${result.report.deliveries} learning deliveries, ${result.report.destinations} destination records; valid against the ${input.message.year.label} XSD`);
    return EXIT_OK;
  },
};
