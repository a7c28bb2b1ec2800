import { dirname, extname, resolve } from 'node:path';
import { templateTables } from '../../core/sheet/write-tables';
import { UnknownYearError, years } from '../../core/years/registry';
import { parseCommandArgs } from '../args';
import { EXIT_OK, UsageError, type Command } from '../io';
import { ensureFolder, writeOutput } from '../output-file';
import { writeWorkbookFile } from '../xlsx/write-xlsx';

export const templateCommand: Command = {
  name: 'template',
  summary: 'write a blank workbook for a year: every sheet with its headers, a note on each header',
  usage: 'ilr template [--year Y] [-o blank.xlsx] [--force]',
  async run(args, io) {
    const { values, positionals } = parseCommandArgs(args, { out: { type: 'string', short: 'o' }, year: { type: 'string' }, force: { type: 'boolean' } }, this.usage);
    if (positionals.length) throw new UsageError(`unexpected ${positionals.join(' ')}\nusage: ${this.usage}`);
    let year;
    try {
      year = years.get(values.year);
    } catch (e) {
      if (e instanceof UnknownYearError) throw new UsageError(e.message);
      throw e;
    }
    const out = resolve(io.cwd, values.out ?? `ILR-Template-${year.code}.xlsx`);
    if (extname(out).toLowerCase() !== '.xlsx') throw new UsageError(`${values.out}: the output must be an .xlsx file`);
    ensureFolder(dirname(out));
    const tables = templateTables(year);
    await writeOutput(out, { force: values.force === true }, (tmp) => writeWorkbookFile(tmp, tables, year));
    io.out(`wrote ${out} (${year.label}: ${tables.map((t) => t.sheet).join(', ')})`);
    return EXIT_OK;
  },
};
