import { ruleCatalogue, type CatalogueEntry } from '../../core/rules/catalogue/catalogue';
import type { RuleState } from '../../core/rules/types';
import { UnknownYearError, years } from '../../core/years/registry';
import { parseCommandArgs } from '../args';
import { EXIT_OK, UsageError, type Command } from '../io';

const USAGE = 'ilr rules [--year Y] [--format text|json]';

const STATE_LABEL: Record<RuleState, string> = {
  implemented: 'implemented',
  'needs-reference-data': 'needs reference data',
  'not-implemented': 'not implemented',
};

function row(e: CatalogueEntry): string {
  return `${e.rule.padEnd(40)} ${e.category.padEnd(28)} ${e.severity.padEnd(8)} ${e.needs.padEnd(9)} ${STATE_LABEL[e.state]}${e.why ? ` (${e.why})` : ''}`;
}

export const rulesCommand: Command = {
  name: 'rules',
  summary: 'list the validation rules of a year and whether each is implemented, needs reference data, or is not implemented',
  usage: USAGE,
  async run(args, io) {
    const { values, positionals } = parseCommandArgs(args, { year: { type: 'string' }, format: { type: 'string' } }, USAGE);
    if (positionals.length) throw new UsageError(`"ilr rules" takes no file\nusage: ${USAGE}`);
    const format = values.format ?? 'text';
    if (format !== 'text' && format !== 'json') throw new UsageError(`--format must be text or json (got "${format}")\nusage: ${USAGE}`);
    let year;
    try {
      year = years.get(values.year);
    } catch (e) {
      if (e instanceof UnknownYearError) throw new UsageError(e.message);
      throw e;
    }
    const cat = ruleCatalogue(year);
    const rules = cat.rules.map((e) => ({ rule: e.rule, category: e.category, severity: e.severity, needs: e.needs, state: e.state, ...(e.why ? { why: e.why } : {}) }));
    if (format === 'json') {
      const supplementary = cat.supplementary.map((e) => ({ rule: e.rule, category: e.category, severity: e.severity, needs: e.needs, state: e.state }));
      io.out(JSON.stringify({ year: cat.year, listYear: cat.list.year, rules, counts: cat.counts, supplementary, ...(cat.note ? { note: cat.note } : {}) }));
      return EXIT_OK;
    }
    io.out(`${cat.list.title} — for ${year.label}`);
    io.out(cat.list.attribution);
    if (cat.note) io.out(`note: ${cat.note}`);
    io.out('');
    io.out(`${'rule'.padEnd(40)} ${'category'.padEnd(28)} ${'severity'.padEnd(8)} ${'needs'.padEnd(9)} state`);
    for (const e of cat.rules) io.out(row(e));
    if (cat.supplementary.length) {
      io.out('');
      io.out(
        `Also run (not in the official list: ILR Workbench's own field-definition checks derived from the ${year.label} XSD, advice, and destination checks kept as advice): ${cat.supplementary.length}`,
      );
      for (const e of cat.supplementary) io.out(row(e));
    }
    io.out('');
    const total = cat.rules.length;
    io.out(
      `${total} rules: ${cat.counts.implemented} implemented, ${cat.counts['needs-reference-data']} need reference data, ${cat.counts['not-implemented']} not implemented`,
    );
    if (cat.list.note) io.out(`note: ${cat.list.note}`);
    return EXIT_OK;
  },
};
