import { useMemo, useState } from 'react';
import { Body1, Button, Field, MessageBar, MessageBarBody, ProgressBar, Select, Subtitle1 } from '@fluentui/react-components';
import type { Severity } from '../../core/rules/types';
import { checkWorkbook, filterFindings, groupByRule, marksFor, sheetOf, type FindingFilter, type WorkbookCheck } from '../app/check-workbook';
import { openGate, type SettingsGate } from '../app/settings-gate';
import { yearCodeOf, type PaneSettings } from '../app/settings-model';
import { years } from '../../core/years/registry';
import { coverageOf, describeCoverage } from '../../core/rules/coverage';
import type { HighlightOutcome, WorkbookPort } from '../excel/workbook-port';
import { plainError, type PlainError } from '../app/office-errors';
import { ukDate } from '../../core/cells/uk-dates';
import { ErrorBar } from './ErrorBar';
import { FindingGroups } from './FindingGroups';

export interface CheckPanelProps {
  port: WorkbookPort;
  settings: PaneSettings;
  /** Waits for the workbook's saved settings (default: `settings` as given). */
  gate?: SettingsGate;
  check?: WorkbookCheck;
  onChecked: (c: WorkbookCheck) => void;
}

type Status =
  | { intent: 'success' | 'info' | 'warning'; text: string }
  | { intent: 'error'; lead?: string; error: PlainError; retry: () => void };

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

/** What Highlight did, saying so when this Excel could not add notes or colour. */
export function highlightText(marked: number, outcome: HighlightOutcome | void): { intent: 'success' | 'warning'; text: string } {
  if (!outcome) return { intent: 'success', text: `Highlighted ${plural(marked, 'cell')}.` };
  if (!outcome.coloured && !outcome.notesSupported) {
    return { intent: 'warning', text: 'This version of Excel cannot colour cells or add notes from an add-in: use the list below (each place is a link to its cell).' };
  }
  if (!outcome.coloured) return { intent: 'warning', text: `Added notes to ${plural(outcome.cells, 'cell')}; this version of Excel cannot colour cells from an add-in.` };
  if (!outcome.notesSupported) return { intent: 'success', text: `Highlighted ${plural(outcome.cells, 'cell')} (colour only: this version of Excel cannot add notes from an add-in; the list below gives each message).` };
  return { intent: 'success', text: `Highlighted ${plural(outcome.cells, 'cell')}.` };
}

function count(c: WorkbookCheck, s: Severity): number {
  return c.findings.filter((f) => f.severity === s).length;
}

/** Check the workbook; the findings grouped by rule; highlight and clear. */
export function CheckPanel({ port, settings, gate, check, onChecked }: CheckPanelProps) {
  const [progress, setProgress] = useState<{ fraction: number; sheet: string } | undefined>();
  const [status, setStatus] = useState<Status | undefined>();
  const [filter, setFilter] = useState<FindingFilter>({});
  /** Whether this screen put highlights on the workbook: a re-check then re-marks the new findings (clear, then mark). */
  const [highlighted, setHighlighted] = useState(false);
  const busy = progress !== undefined;

  const run = async () => {
    setStatus(undefined);
    setProgress({ fraction: 0, sheet: '' });
    try {
      const c = await checkWorkbook(port, await (gate ?? openGate(settings)).settled(), (fraction, sheet) => setProgress({ fraction, sheet }));
      onChecked(c);
      if (highlighted) {
        const fresh = marksFor(c.findings);
        const outcome = await port.highlight(fresh);
        const said = highlightText(fresh.length, outcome);
        setStatus({ intent: said.intent, text: said.text.replace(/^Highlighted/, 'Highlights updated:') });
      }
      if (c.sheetsRead.length === 0) setStatus({ intent: 'info', text: 'No ILR sheets found in this workbook (Learner, LearningDelivery, Return, …).' });
    } catch (e) {
      setStatus({ intent: 'error', lead: 'The check could not finish', error: plainError(e), retry: () => void run() });
    } finally {
      setProgress(undefined);
    }
  };

  const act = async (what: () => Promise<Status | void>, done: string) => {
    try {
      const said = await what();
      setStatus(said ?? { intent: 'success', text: done });
    } catch (e) {
      setStatus({ intent: 'error', error: plainError(e), retry: () => void act(what, done) });
    }
  };

  const official = useMemo(() => (check ? check.findings.filter((f) => f.severity !== 'advice') : []), [check]);
  const advice = useMemo(() => (check ? check.findings.filter((f) => f.severity === 'advice') : []), [check]);
  const sheets = useMemo(() => [...new Set((check?.findings ?? []).map(sheetOf).filter((s): s is string => !!s))].sort(), [check]);
  const rules = useMemo(() => [...new Set((check?.findings ?? []).map((f) => f.rule))].sort(), [check]);
  const shownOfficial = useMemo(() => groupByRule(filterFindings(official, filter)), [official, filter]);
  const shownAdvice = useMemo(() => groupByRule(filterFindings(advice, filter)), [advice, filter]);
  const select = (sheet: string, cell: string) => void act(() => port.selectCell(sheet, cell), `Selected ${sheet}!${cell}.`);
  const marks = useMemo(() => (check ? marksFor(check.findings) : []), [check]);

  return (
    <section aria-labelledby="check-heading">
      <Subtitle1 block as="h2" id="check-heading">
        Check
      </Subtitle1>
      <div style={{ display: 'flex', gap: 8, flexWrap: 'wrap', margin: '8px 0' }}>
        <Button appearance="primary" onClick={() => void run()} disabled={busy} aria-describedby="check-help">
          Check workbook
        </Button>
        <Button
          onClick={() =>
            void act(async () => {
              const outcome = await port.highlight(marks);
              setHighlighted(true);
              return highlightText(marks.length, outcome);
            }, `Highlighted ${marks.length} cells.`)
          }
          disabled={busy || marks.length === 0}
        >
          Highlight
        </Button>
        <Button
          onClick={() =>
            void act(async () => {
              await port.clearHighlights();
              setHighlighted(false);
            }, 'Highlights cleared; your own formatting is as it was.')
          }
          disabled={busy}
        >
          Clear highlights
        </Button>
      </div>
      <Body1 block as="p" id="check-help" style={{ margin: '0 0 8px' }}>
        Reads the ILR sheets and checks them against the ILR rules for {years.get(yearCodeOf(settings)).label}.
      </Body1>
      {progress && (
        <Field label={progress.sheet ? `Reading ${progress.sheet}…` : 'Checking…'} validationState="none">
          <ProgressBar value={progress.fraction} max={1} thickness="large" aria-label="Check progress" />
        </Field>
      )}
      {status && status.intent === 'error' && <ErrorBar lead={status.lead} error={status.error} onRetry={status.retry} testId="check-error" />}
      {status && status.intent !== 'error' && (
        <MessageBar intent={status.intent} role="status">
          <MessageBarBody>{status.text}</MessageBarBody>
        </MessageBar>
      )}
      {check && (
        <div>
          <p role="status" aria-live="polite" data-testid="check-summary">
            {plural(count(check, 'error'), 'error')}, {plural(count(check, 'warning'), 'warning')}, {count(check, 'advice')} advice — {check.sheetsRead.length} sheets read, {years.get(check.result.year).label} rules, as of {ukDate(check.result.asOf)}.
          </p>
          <div style={{ display: 'flex', gap: 8, flexWrap: 'wrap' }}>
            <Field label="Severity">
              <Select value={filter.severity ?? ''} onChange={(_, d) => setFilter((f) => ({ ...f, severity: (d.value || undefined) as Severity | undefined }))}>
                <option value="">All</option>
                <option value="error">Errors</option>
                <option value="warning">Warnings</option>
                <option value="advice">Advice</option>
              </Select>
            </Field>
            <Field label="Sheet">
              <Select value={filter.sheet ?? ''} onChange={(_, d) => setFilter((f) => ({ ...f, sheet: d.value || undefined }))}>
                <option value="">All</option>
                {sheets.map((s) => (
                  <option key={s}>{s}</option>
                ))}
              </Select>
            </Field>
            <Field label="Rule">
              <Select value={filter.rule ?? ''} onChange={(_, d) => setFilter((f) => ({ ...f, rule: d.value || undefined }))}>
                <option value="">All</option>
                {rules.map((r) => (
                  <option key={r}>{r}</option>
                ))}
              </Select>
            </Field>
          </div>
          <section aria-labelledby="findings-heading">
            <Subtitle1 block as="h3" id="findings-heading" style={{ fontSize: 16 }}>
              Errors and warnings ({shownOfficial.reduce((n, g) => n + g.findings.length, 0)})
            </Subtitle1>
            {shownOfficial.length === 0 ? <Body1 block as="p">None.</Body1> : <FindingGroups groups={shownOfficial} onSelect={select} />}
          </section>
          <section aria-labelledby="advice-heading">
            <Subtitle1 block as="h3" id="advice-heading" style={{ fontSize: 16 }}>
              Advice from the Provider Support Manual ({shownAdvice.reduce((n, g) => n + g.findings.length, 0)})
            </Subtitle1>
            <Body1 block as="p">Data-quality advice, not ILR validation errors: the file is not rejected for these.</Body1>
            {shownAdvice.length === 0 ? <Body1 block as="p">None.</Body1> : <FindingGroups groups={shownAdvice} onSelect={select} />}
          </section>
          <section aria-labelledby="coverage-heading">
            <Subtitle1 block as="h3" id="coverage-heading" style={{ fontSize: 16 }}>
              Rules not run
            </Subtitle1>
            {check.result.rulesNote && (
              <MessageBar intent="warning">
                <MessageBarBody>{check.result.rulesNote}</MessageBarBody>
              </MessageBar>
            )}
            <Body1 block as="p" data-testid="check-coverage">
              {describeCoverage(coverageOf(years.get(check.result.year), check.result))}
            </Body1>
            {check.result.notRun.length > 0 && (
              <details>
                <summary>Not run — needs reference data ({check.result.notRun.length} rules)</summary>
                <ul>
                  {check.result.notRun.map((n) => (
                    <li key={n.rule}>
                      {n.rule} (needs {n.needs})
                    </li>
                  ))}
                </ul>
              </details>
            )}
            {check.result.incompleteCodeLists.length > 0 && (
              <details data-testid="incomplete-code-lists">
                <summary>Code lists known to be incomplete ({check.result.incompleteCodeLists.length})</summary>
                <Body1 block as="p">
                  The whole official table of these lists was not available: a code missing from them is reported only when it cannot be
                  valid (letters where the codes are numbers, too many digits); other codes are not checked.
                </Body1>
                <ul>
                  {check.result.incompleteCodeLists.map((l) => (
                    <li key={l.key}>
                      {l.key} ({l.known === 0 ? 'no codes known' : `${l.known} codes known`})
                    </li>
                  ))}
                </ul>
              </details>
            )}
            {check.result.notImplemented.length > 0 && (
              <details>
                <summary>Not implemented yet ({check.result.notImplemented.length} rules)</summary>
                <ul>
                  {check.result.notImplemented.map((n) => (
                    <li key={n.rule}>
                      {n.rule} ({n.category})
                    </li>
                  ))}
                </ul>
              </details>
            )}
          </section>
          {check.notes.length > 0 && (
            <details>
              <summary>Notes on reading the sheets ({check.notes.length})</summary>
              <ul>
                {check.notes.map((n, i) => (
                  <li key={i}>{n}</li>
                ))}
              </ul>
            </details>
          )}
        </div>
      )}
    </section>
  );
}
