import { useMemo, useState } from 'react';
import { Body1, Button, Link, Subtitle1, Subtitle2 } from '@fluentui/react-components';
import { plainError, type PlainError } from '../app/office-errors';
import { ukDate } from '../../core/cells/uk-dates';
import { ErrorBar } from './ErrorBar';
import { checkWorkbook, type WorkbookCheck } from '../app/check-workbook';
import { openGate, type SettingsGate } from '../app/settings-gate';
import { asOfOf, type PaneSettings } from '../app/settings-model';
import { summarise, type CodeCount } from '../../core/summary/summarise';
import { summaryBlocks } from '../../core/summary/summary-tables';
import type { WorkbookPort } from '../excel/workbook-port';
import { BarChart } from './BarChart';

function CountTable({ caption, rows }: { caption: string; rows: CodeCount[] }) {
  if (rows.length === 0) return <Body1 block as="p">{caption}: none recorded.</Body1>;
  return (
    <table style={{ borderCollapse: 'collapse', fontSize: 12, marginBottom: 8 }}>
      <caption style={{ textAlign: 'left', fontWeight: 600 }}>{caption}</caption>
      <thead>
        <tr>
          <th scope="col" style={{ textAlign: 'left' }}>Code</th>
          <th scope="col" style={{ textAlign: 'left' }}>Meaning</th>
          <th scope="col" style={{ textAlign: 'right' }}>Count</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((r) => (
          <tr key={r.code}>
            <td>{r.code}</td>
            <td>{r.description ?? '—'}</td>
            <td style={{ textAlign: 'right' }}>{r.count}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** Outcomes and destinations at a glance, from the last check (or a fresh read). */
export function SummaryPanel({
  port,
  settings,
  gate,
  check,
  onChecked,
}: {
  port: WorkbookPort;
  settings: PaneSettings;
  /** Waits for the workbook's saved settings (default: `settings` as given). */
  gate?: SettingsGate;
  check?: WorkbookCheck;
  onChecked: (c: WorkbookCheck) => void;
}) {
  const [problem, setProblem] = useState<{ error: PlainError; retry: () => void }>();
  const [busy, setBusy] = useState(false);
  const asOf = asOfOf(settings);
  const s = useMemo(() => (check ? summarise(check.message, { asOf, dueMonths: settings.advice.destinationDueMonths }) : undefined), [check, asOf, settings.advice.destinationDueMonths]);
  const [written, setWritten] = useState<string>();
  const writeSheet = async () => {
    if (!check || !port.writeSummary) return;
    setBusy(true);
    setProblem(undefined);
    setWritten(undefined);
    try {
      await port.writeSummary(summaryBlocks(s ?? summarise(check.message, { asOf, dueMonths: settings.advice.destinationDueMonths })));
      setWritten('Written to the Summary sheet, with a chart of completion status.');
    } catch (e) {
      setProblem({ error: plainError(e), retry: () => void writeSheet() });
    } finally {
      setBusy(false);
    }
  };
  const read = async () => {
    setBusy(true);
    setProblem(undefined);
    try {
      onChecked(await checkWorkbook(port, await (gate ?? openGate(settings)).settled()));
    } catch (e) {
      setProblem({ error: plainError(e), retry: () => void read() });
    } finally {
      setBusy(false);
    }
  };
  return (
    <section aria-labelledby="summary-heading">
      <Subtitle1 block as="h2" id="summary-heading">
        Summary: outcomes and destinations
      </Subtitle1>
      <Button onClick={() => void read()} disabled={busy}>
        {check ? 'Refresh summary' : 'Read the workbook'}
      </Button>
      {s && port.writeSummary && (
        <Button onClick={() => void writeSheet()} disabled={busy} style={{ marginLeft: 8 }}>
          Write to Summary sheet
        </Button>
      )}
      {written && <Body1 role="status">{written}</Body1>}
      {problem && <ErrorBar error={problem.error} onRetry={problem.retry} testId="summary-error" />}
      {s && (
        <div>
          <BarChart title="Learning aims by completion status" data={s.compStatus} />
          <CountTable caption="Completion status (CompStatus)" rows={s.compStatus} />
          <CountTable caption="Outcome" rows={s.outcome} />
          <CountTable caption="Withdrawal reason (WithdrawReason)" rows={s.withdrawReason} />
          <BarChart title="Destinations by outcome type" data={s.outType} />
          <CountTable caption="Destinations by outcome type (OutType)" rows={s.outType} />
          <Subtitle2 block as="h3">Destinations due or overdue (as of {ukDate(asOf)})</Subtitle2>
          {s.destinationsDue.length === 0 ? (
            <Body1 block as="p">None: every learner who has finished has a destination from the end of learning.</Body1>
          ) : (
            <ul>
              {s.destinationsDue.slice(0, 100).map((d) => {
                const at = d.location && 'sheet' in d.location ? d.location : undefined;
                return (
                  <li key={d.learnRefNumber}>
                    {at ? (
                      <Link as="button" onClick={() => void port.selectCell(at.sheet, at.cell).catch(() => undefined)} aria-label={`Go to learner ${d.learnRefNumber} (${at.sheet}!${at.cell})`}>
                        {d.learnRefNumber}
                      </Link>
                    ) : (
                      d.learnRefNumber
                    )}
                    : ended {ukDate(d.lastEnd)}, due {ukDate(d.due)} — {d.status === 'overdue' ? `overdue by ${d.overdueDays} days` : 'due, not yet overdue'}
                  </li>
                );
              })}
            </ul>
          )}
        </div>
      )}
    </section>
  );
}
