import type { IlrMessage, IlrRecord } from '../../core/model/record';
import { kids } from '../../core/model/access';
import { startChecks } from '../../core/rules/check';
import type { CheckResult, Finding, Severity } from '../../core/rules/types';
import { readTables } from '../../core/sheet/read-tables';
import type { WorkbookPort } from '../excel/workbook-port';
import { DESTINATION_ENTITY } from '../../core/years/registry';
import { readIlrSheets } from './read-workbook';
import { asOfOf, yearCodeOf, type PaneSettings } from './settings-model';

export interface WorkbookCheck {
  message: IlrMessage;
  /** Reading problems (Cell_*) then the rules' findings. */
  findings: Finding[];
  result: CheckResult;
  notes: string[];
  sheetsRead: string[];
}

/** How many learners are checked between two yields to the page (a few tens of milliseconds of rules). */
export const CHECK_CHUNK = 500;
/** The share of the progress bar given to reading the sheets; the rest is checking. */
const READ_SHARE = 0.5;

/** Lets the page paint and handle input (the pane stays responsive while a large workbook is checked). */
const yieldToPage = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/**
 * Reads the ILR sheets, builds the message and runs the checks with the pane's settings. `progress` covers reading
 * (the sheet being read is named) and then checking (no sheet: "Checking…"): learners are checked in chunks of
 * CHECK_CHUNK, yielding to the page between chunks, and the message-level rules run at the end.
 */
export async function checkWorkbook(
  port: WorkbookPort,
  settings: PaneSettings,
  progress?: (fraction: number, sheet: string) => void,
  /** Changes to the message before the rules run (e.g. the export's UKPRN and serial number). */
  adjust?: (msg: IlrMessage) => void,
): Promise<WorkbookCheck> {
  const year = yearCodeOf(settings);
  const tables = await readIlrSheets(port, year, progress && ((fraction, sheet) => progress(fraction * READ_SHARE, sheet)));
  // let the pane paint "Checking…" before the (synchronous) building of the message
  progress?.(READ_SHARE, '');
  await yieldToPage();
  const read = readTables(tables, { year });
  const sheetsRead = tables.map((t) => t.sheet);
  tables.length = 0; // the rows are in the message now: let the tables go while the rules run
  adjust?.(read.message);
  const msg = read.message;
  const run = startChecks(msg, { asOf: asOfOf(settings), settings: settings.advice, disabled: settings.disabled });
  const learners = kids(msg.root, 'Learner');
  const destinations = kids(msg.root, DESTINATION_ENTITY);
  const total = learners.length + destinations.length + 1; // + 1: the message-level rules
  let done = 0;
  const step = async (records: readonly IlrRecord[], add: (chunk: readonly IlrRecord[]) => void) => {
    for (let i = 0; i < records.length; i += CHECK_CHUNK) {
      await yieldToPage();
      const chunk = records.slice(i, i + CHECK_CHUNK);
      add(chunk);
      done += chunk.length;
      progress?.(READ_SHARE + (1 - READ_SHARE) * (done / total), '');
    }
  };
  await step(learners, (c) => run.addLearners(c));
  await step(destinations, (c) => run.addDestinations(c));
  await yieldToPage();
  const result = run.finish();
  progress?.(1, '');
  return { message: msg, findings: [...read.problems, ...result.findings], result, notes: read.notes, sheetsRead };
}

export interface RuleGroup {
  rule: string;
  severity: Severity;
  findings: Finding[];
}

const ORDER: Record<Severity, number> = { error: 0, warning: 1, advice: 2 };

/** Findings grouped by rule: errors first, then warnings, then advice; within each, the most frequent first. */
export function groupByRule(findings: readonly Finding[]): RuleGroup[] {
  const map = new Map<string, RuleGroup>();
  for (const f of findings) {
    let g = map.get(f.rule);
    if (!g) map.set(f.rule, (g = { rule: f.rule, severity: f.severity, findings: [] }));
    g.findings.push(f);
  }
  return [...map.values()].sort((a, b) => ORDER[a.severity] - ORDER[b.severity] || b.findings.length - a.findings.length || a.rule.localeCompare(b.rule));
}

export function sheetOf(f: Finding): string | undefined {
  return f.location && 'sheet' in f.location ? f.location.sheet : undefined;
}

export function cellOf(f: Finding): { sheet: string; cell: string } | undefined {
  return f.location && 'sheet' in f.location ? { sheet: f.location.sheet, cell: f.location.cell } : undefined;
}

export interface FindingFilter {
  severity?: Severity;
  sheet?: string;
  rule?: string;
}

export function filterFindings(findings: readonly Finding[], filter: FindingFilter): Finding[] {
  return findings.filter(
    (f) => (!filter.severity || f.severity === filter.severity) && (!filter.sheet || sheetOf(f) === filter.sheet) && (!filter.rule || f.rule === filter.rule),
  );
}

/**
 * The marks for highlighting: every cell a finding is at, text `RuleID: message`, and every other cell a cross-record
 * finding involves (`related`, e.g. the other copy of a duplicated learner), text `RuleID: message (with Sheet!A1)`;
 * one mark per cell, its texts joined.
 */
export function marksFor(findings: readonly Finding[]): { sheet: string; cell: string; text: string }[] {
  const seen = new Map<string, { sheet: string; cell: string; text: string }>();
  const mark = (c: { sheet: string; cell: string }, text: string) => {
    const key = `${c.sheet}!${c.cell}`;
    const prev = seen.get(key);
    if (prev) prev.text += `\n${text}`;
    else seen.set(key, { sheet: c.sheet, cell: c.cell, text });
  };
  for (const f of findings) {
    const c = cellOf(f);
    if (!c) continue;
    mark(c, `${f.rule}: ${f.message}`);
    for (const r of f.related ?? []) {
      if (r.location && 'sheet' in r.location) mark(r.location, `${f.rule}: ${f.message} (with ${c.sheet}!${c.cell})`);
    }
  }
  return [...seen.values()];
}
