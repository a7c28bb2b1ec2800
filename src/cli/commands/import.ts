import { basename, dirname, extname, resolve } from 'node:path';
import { CellTooLongError } from '../../core/sheet/workbook-plan';
import { messageSheets } from '../../core/sheet/write-tables';
import { parseCommandArgs } from '../args';
import { EXIT_DATA_ERRORS, EXIT_OK, UsageError, type Command } from '../io';
import { loadInput } from '../load-input';
import { checkOutputFree, ensureFolder, writeOutput } from '../output-file';
import { writeWorkbookFile } from '../xlsx/write-xlsx';

export const importCommand: Command = {
  name: 'import',
  summary: 'turn an ILR XML file into a workbook (one sheet per entity, a Return sheet for the header)',
  usage: 'ilr import <file.xml> [-o workbook.xlsx] [--force]',
  async run(args, io) {
    const { values, positionals } = parseCommandArgs(args, { out: { type: 'string', short: 'o' }, force: { type: 'boolean' } }, this.usage);
    if (positionals.length !== 1) throw new UsageError(`give one ILR XML file\nusage: ${this.usage}`);
    const input = positionals[0]!;
    if (extname(input).toLowerCase() !== '.xml') throw new UsageError(`${input}: give an ILR .xml file\nusage: ${this.usage}`);
    const out = resolve(io.cwd, values.out ?? `${basename(input, extname(input))}.xlsx`);
    if (extname(out).toLowerCase() !== '.xlsx') throw new UsageError(`${values.out}: the output must be an .xlsx file`);
    checkOutputFree(out, { force: values.force === true });
    const loaded = await loadInput(resolve(io.cwd, input));
    const tables = messageSheets(loaded.message);
    ensureFolder(dirname(out));
    try {
      await writeOutput(out, { force: values.force === true }, (tmp) => writeWorkbookFile(tmp, tables, loaded.message.year));
    } catch (e) {
      if (!(e instanceof CellTooLongError)) throw e;
      io.err(`ilr: ${e.message}`);
      return EXIT_DATA_ERRORS;
    }
    io.out(`wrote ${out}`);
    io.out(tables.map((t) => `${t.sheet}: ${t.sheet === 'Return' ? 'header' : `${t.rowCount} row${t.rowCount === 1 ? '' : 's'}`}`).join('; '));
    return EXIT_OK;
  },
};
