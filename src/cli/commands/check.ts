import { resolve } from 'node:path';
import { header } from '../../core/model/access';
import { todayIso } from '../../core/model/dates';
import { formatLocation, type Location } from '../../core/model/record';
import { ukDatesInText } from '../../core/cells/uk-dates';
import { normaliseYearCode } from '../../core/years/registry';
import { isRealDate } from '../../core/schema/check-value';
import { findRule, runChecks } from '../../core/rules/check';
import { coverageOf, describeCoverage, describeIncompleteLists } from '../../core/rules/coverage';
import type { IlrYear } from '../../core/years/year';
import { countFindings, sortFindings } from '../../core/rules/engine';
import { type CheckResult, type Finding, type Needs, type Severity } from '../../core/rules/types';
import { parseCommandArgs } from '../args';
import { EXIT_DATA_ERRORS, EXIT_OK, UsageError, type CliIo, type Command } from '../io';
import { loadInput } from '../load-input';
import { parseAdviceOptions, parseDisableOptions } from './check-options';
import { mapped, writeJsonReport } from './json-report';

const USAGE = 'ilr check <file.xlsx|file.csv|file.xml> [--year Y] [--as-of YYYY-MM-DD] [--format text|json] [--disable ID,GROUP] [--advice NAME=N]';
/** In text output, at most this many findings are listed per rule (JSON lists them all). */
const LIST_PER_RULE = 50;

const NEEDS_LABEL: Record<Needs, string> = {
  self: 'nothing beyond the file',
  lars: 'LARS (learning aims reference data)',
  postcode: 'postcode reference data',
  org: 'organisation (UKPRN) reference data',
  uln: 'the Learner Register (ULN)',
  contract: 'FCS contract allocations',
  employer: 'the employer reference data (EDRS)',
  other: 'other reference data',
  file: 'the submission service (file-level rules)',
};

function parseAsOf(v: string | undefined): string | undefined {
  if (v === undefined) return undefined;
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(v.trim());
  if (!m || !isRealDate(+m[1]!, +m[2]!, +m[3]!)) throw new UsageError(`--as-of must be a date written YYYY-MM-DD, e.g. 2026-01-31 (got "${v}")\nusage: ${USAGE}`);
  return v.trim();
}

function jsonLocation(loc: Location): { sheet: string; cell: string } | { line: number } {
  return 'sheet' in loc ? { sheet: loc.sheet, cell: loc.cell } : { line: loc.line };
}

/** The finding as the JSON output carries it: exactly these keys, in this order (absent ones left out). */
function jsonFinding(f: Finding): Record<string, unknown> {
  const loc: Location | undefined = f.location;
  return {
    rule: f.rule,
    severity: f.severity,
    message: f.message,
    learnRefNumber: f.learnRefNumber,
    aimSeqNumber: f.aimSeqNumber,
    entity: f.entity,
    field: f.field,
    value: f.value,
    location: loc ? jsonLocation(loc) : undefined,
    related: f.related?.map((r) => ({
      entity: r.entity,
      field: r.field,
      learnRefNumber: r.learnRefNumber,
      aimSeqNumber: r.aimSeqNumber,
      location: r.location ? jsonLocation(r.location) : undefined,
    })),
  };
}

/** Records of the file header: a value missing there has no cell to point at. */
const HEADER_ENTITIES = new Set(['Header', 'CollectionDetails', 'Source', 'SourceFiles', 'SourceFile', 'LearningProvider']);

const SECTION: Record<Severity, string> = {
  error: 'ERRORS (the submission service would reject these)',
  warning: 'WARNINGS (official warnings: check and correct where needed)',
  advice: 'ADVICE — from the Provider Support Manual, not official ILR errors',
};

function printText(cli: CliIo, input: string, year: IlrYear, result: CheckResult, notes: readonly string[]): void {
  // text is for people: ISO dates in it are shown as dd/mm/yyyy (JSON output keeps them ISO)
  const io: CliIo = { ...cli, out: (line: string) => cli.out(ukDatesInText(line)) };
  const { counts } = result;
  io.out(`ILR check of ${input}: year ${result.year}, as of ${result.asOf}`);
  if (result.rulesNote) io.out(`note: ${result.rulesNote}`);
  io.out(`${counts.error} error${counts.error === 1 ? '' : 's'}, ${counts.warning} warning${counts.warning === 1 ? '' : 's'}, ${counts.advice} advice`);
  for (const n of notes) io.out(`note: ${n}`);
  for (const sev of ['error', 'warning', 'advice'] as Severity[]) {
    const list = result.findings.filter((f) => f.severity === sev);
    if (!list.length) continue;
    io.out('');
    io.out(`== ${SECTION[sev]}: ${list.length} ==`);
    const byRule = new Map<string, Finding[]>();
    for (const f of list) {
      const l = byRule.get(f.rule);
      if (l) l.push(f);
      else byRule.set(f.rule, [f]);
    }
    for (const [rule, fs] of byRule) {
      const info = findRule(rule, year);
      const headline = info?.message ?? fs[0]!.message;
      io.out('');
      io.out(`${rule}${sev === 'advice' ? ' [advice]' : ''} — ${fs.length} finding${fs.length === 1 ? '' : 's'}: ${headline}`);
      for (const f of fs.slice(0, LIST_PER_RULE)) {
        const where = formatLocation(f.location) || (HEADER_ENTITIES.has(f.entity) ? `file header (${f.entity}; the Return sheet of a workbook)` : f.entity);
        const who = f.learnRefNumber !== undefined ? ` learner ${f.learnRefNumber}` : '';
        const aim = f.aimSeqNumber !== undefined ? ` aim ${f.aimSeqNumber}` : '';
        const extra = f.message !== headline ? `: ${f.message.startsWith(headline) ? f.message.slice(headline.length).replace(/^[:\s]+/, '') : f.message}` : '';
        io.out(`  ${where}${who}${aim}${extra}`);
      }
      if (fs.length > LIST_PER_RULE) io.out(`  … and ${fs.length - LIST_PER_RULE} more (--format json lists every finding)`);
    }
  }
  io.out('');
  io.out(`RULES: ${describeCoverage(coverageOf(year, result))}`);
  if (result.notRun.length) {
    io.out('');
    io.out(`NOT RUN: ${result.notRun.length} official rules need reference data ILR Workbench does not have (the submission service runs them):`);
    for (const [needs, ids] of groupedBy(result.notRun, (n) => n.needs)) io.out(`  ${NEEDS_LABEL[needs]}: ${listed(ids.map((n) => n.rule))}`);
  }
  if (result.notImplemented.length) {
    io.out('');
    const n = result.notImplemented.length;
    io.out(
      n === 1
        ? 'NOT IMPLEMENTED YET: 1 official rule needs nothing beyond the file but ILR Workbench does not check it yet:'
        : `NOT IMPLEMENTED YET: ${n} official rules need nothing beyond the file but ILR Workbench does not check them yet:`,
    );
    for (const [category, ids] of groupedBy(result.notImplemented, (n) => n.category)) io.out(`  ${category}: ${listed(ids.map((n) => n.rule))}`);
  }
  if (result.incompleteCodeLists.length) {
    io.out('');
    io.out(
      `CODE LISTS KNOWN TO BE INCOMPLETE: ${result.incompleteCodeLists.length} (the whole official table was not available; a code missing from them is reported only when it cannot be valid, other codes are not checked):`,
    );
    io.out(`  ${describeIncompleteLists(result.incompleteCodeLists)}`);
  }
  io.out('("ilr rules" lists every rule and its state.)');
}

/** Items grouped by a key, the largest group first. */
function groupedBy<T, K>(items: readonly T[], key: (t: T) => K): [K, T[]][] {
  const m = new Map<K, T[]>();
  for (const i of items) {
    const k = key(i);
    const l = m.get(k);
    if (l) l.push(i);
    else m.set(k, [i]);
  }
  return [...m].sort((a, b) => b[1].length - a[1].length);
}

function listed(ids: readonly string[]): string {
  return `${ids.length} (${ids.slice(0, 8).join(', ')}${ids.length > 8 ? ', …' : ''})`;
}

export const checkCommand: Command = {
  name: 'check',
  summary: 'check learner data against the ILR validation rules and the Provider Support Manual advice',
  usage: USAGE,
  async run(args, io) {
    const { values, positionals } = parseCommandArgs(
      args,
      {
        year: { type: 'string' },
        'as-of': { type: 'string' },
        format: { type: 'string' },
        disable: { type: 'string', multiple: true },
        advice: { type: 'string', multiple: true },
      },
      USAGE,
    );
    if (positionals.length !== 1) throw new UsageError(`give one input file\nusage: ${USAGE}`);
    const format = values.format ?? 'text';
    if (format !== 'text' && format !== 'json') throw new UsageError(`--format must be text or json (got "${format}")\nusage: ${USAGE}`);
    const asOfOption = parseAsOf(values['as-of']);
    const disabled = parseDisableOptions(values.disable ?? []);
    const settings = parseAdviceOptions(values.advice ?? []);
    const inputPath = positionals[0]!;
    const input = await loadInput(resolve(io.cwd, inputPath), values.year !== undefined ? { year: values.year } : {});
    const msg = input.message;
    if (values.year !== undefined && input.kind === 'xml' && normaliseYearCode(values.year) !== msg.year.code) {
      throw new UsageError(`${inputPath} is a ${msg.year.label} file (its namespace says so), but --year says ${values.year}`);
    }
    const asOf = asOfOption ?? (input.kind === 'xml' ? header(msg).filePreparationDate : undefined) ?? todayIso();
    const result = runChecks(msg, { asOf, disabled, settings });
    if (input.problems.length) {
      // what reading the cells found is part of the check too (switched off by its rule ID like any other)
      const off = new Set(disabled);
      const cellProblems = input.problems.filter((p) => !off.has(p.rule));
      result.findings = sortFindings([...cellProblems, ...result.findings]);
      result.counts = countFindings(result.findings);
    }
    if (format === 'json') {
      const coverage = coverageOf(msg.year, result);
      // streamed: the findings a few hundred at a time, never the whole report as one string (issue 13)
      writeJsonReport(io, {
        year: result.year,
        input: inputPath,
        asOf: result.asOf,
        findings: mapped(result.findings, jsonFinding),
        counts: result.counts,
        rules: {
          listYear: coverage.listYear,
          official: coverage.official,
          ran: coverage.ran,
          needsReferenceData: coverage.needsReferenceData,
          notImplemented: coverage.notImplemented,
          switchedOff: coverage.switchedOff,
          ...(coverage.note ? { note: coverage.note } : {}),
        },
        notRun: result.notRun.map((n) => ({ rule: n.rule, needs: n.needs })),
        notImplemented: result.notImplemented.map((n) => ({ rule: n.rule, category: n.category })),
        incompleteCodeLists: result.incompleteCodeLists.map((l) => ({ list: l.key, knownCodes: l.known })),
      });
    } else {
      printText(io, inputPath, msg.year, result, input.notes);
    }
    return result.counts.error > 0 ? EXIT_DATA_ERRORS : EXIT_OK;
  },
};
