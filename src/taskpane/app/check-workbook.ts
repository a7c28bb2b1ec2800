import type { IlrMessage } from '../../core/model/record';
import { runChecks } from '../../core/rules/check';
import type { CheckResult, Finding, Severity } from '../../core/rules/types';
import { readTables } from '../../core/sheet/read-tables';
import type { WorkbookPort } from '../excel/workbook-port';
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

/** Reads the ILR sheets, builds the message and runs the checks with the pane's settings. */
export async function checkWorkbook(
  port: WorkbookPort,
  settings: PaneSettings,
  progress?: (fraction: number, sheet: string) => void,
  /** Changes to the message before the rules run (e.g. the export's UKPRN and serial number). */
  adjust?: (msg: IlrMessage) => void,
): Promise<WorkbookCheck> {
  const year = yearCodeOf(settings);
  const tables = await readIlrSheets(port, year, progress);
  // let the pane paint "Checking…" before the (synchronous) read and rules run
  await new Promise((resolve) => setTimeout(resolve, 0));
  const read = readTables(tables, { year });
  adjust?.(read.message);
  const result = runChecks(read.message, { asOf: asOfOf(settings), settings: settings.advice, disabled: settings.disabled });
  return { message: read.message, findings: [...read.problems, ...result.findings], result, notes: read.notes, sheetsRead: tables.map((t) => t.sheet) };
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
