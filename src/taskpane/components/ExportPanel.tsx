import { useEffect, useMemo, useRef, useState } from 'react';
import { Body1, Button, Field, Input, Link, MessageBar, MessageBarBody, MessageBarTitle, ProgressBar, Subtitle1, Textarea } from '@fluentui/react-components';
import { checkWorkbook, type WorkbookCheck } from '../app/check-workbook';
import { applyHeaderFields, buildExport, exportGate, headerFieldsOf, nextSerial, type ExportGate, type ExportOutcome, type HeaderFields } from '../app/export-flow';
import { openGate, type SettingsGate } from '../app/settings-gate';
import type { PaneSettings } from '../app/settings-model';
import type { ReturnLogEntry, WorkbookPort } from '../excel/workbook-port';
import { plainError, type PlainError } from '../app/office-errors';
import { ukDate, ukDatesInText } from '../../core/cells/uk-dates';
import { ErrorBar } from './ErrorBar';

export interface ExportPanelProps {
  port: WorkbookPort;
  settings: PaneSettings;
  /** Waits for the workbook's saved settings (default: `settings` as given). */
  gate?: SettingsGate;
  check?: WorkbookCheck;
  onChecked: (c: WorkbookCheck) => void;
}

type State =
  | { kind: 'idle' }
  | { kind: 'busy'; text: string }
  | { kind: 'gate'; gate: ExportGate; check: WorkbookCheck }
  | { kind: 'outcome'; outcome: ExportOutcome }
  | { kind: 'failed'; error: PlainError; retry: () => void };

/** "19/03/2026" for a log's ISO date-time (in UK time); text from an older log as it was. */
function exportedOn(at: string): string {
  const when = new Date(at);
  if (Number.isNaN(when.getTime())) return at;
  return ukDate(new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/London', year: 'numeric', month: '2-digit', day: '2-digit' }).format(when));
}

/**
 * The XML as text, decoded only when the user opens "copy the XML" (a large return is megabytes: not on every render),
 * and once per file.
 */
function XmlCopy({ bytes, fileName }: { bytes: Uint8Array; fileName: string }) {
  const [open, setOpen] = useState(false);
  const [copied, setCopied] = useState<string>();
  const area = useRef<HTMLTextAreaElement>(null);
  const xml = useMemo(() => (open ? new TextDecoder().decode(bytes) : ''), [open, bytes]);
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(xml);
      setCopied('Copied to the clipboard.');
    } catch {
      area.current?.select();
      setCopied('Select all and copy (Ctrl+C): this host does not allow copying from the pane.');
    }
  };
  return (
    <div style={{ marginTop: 8 }}>
      <Button size="small" aria-expanded={open} onClick={() => setOpen((o) => !o)}>
        {open ? 'Hide the XML' : 'If the download is blocked: show the XML to copy'}
      </Button>
      {open && (
        <>
          <Field label={`XML of ${fileName}`}>
            <Textarea ref={area} readOnly value={xml} rows={6} resize="vertical" />
          </Field>
          <Button onClick={() => void copy()}>Copy XML</Button>
          {copied && <Body1 role="status">{copied}</Body1>}
        </>
      )}
    </div>
  );
}

function FileOffer({ outcome }: { outcome: Extract<ExportOutcome, { kind: 'file' }> }) {
  const [url, setUrl] = useState<string>();
  useEffect(() => {
    if (typeof URL.createObjectURL !== 'function') return undefined;
    const u = URL.createObjectURL(new Blob([outcome.bytes as BlobPart], { type: 'application/xml' }));
    setUrl(u);
    return () => URL.revokeObjectURL(u);
  }, [outcome.bytes]);
  return (
    <div>
      <MessageBar intent="success">
        <MessageBarBody>
          <MessageBarTitle>File ready</MessageBarTitle>
          <br />
          {outcome.entry.learners} learners, {outcome.entry.deliveries} learning aims, {outcome.entry.destinations} destination records; logged in the Returns sheet
          (SHA-256 {outcome.entry.sha256.slice(0, 12)}…). Next serial number: {outcome.nextSerial}.
        </MessageBarBody>
      </MessageBar>
      {url && (
        <p>
          <Link href={url} download={outcome.fileName} data-testid="download-link">
            Download {outcome.fileName}
          </Link>
        </p>
      )}
      {outcome.leftOut.length > 0 && (
        <section aria-label="Left out of the file">
          <Body1 block as="p">Left out of the file:</Body1>
          <ul>
            {outcome.leftOut.map((l) => (
              <li key={l}>{l}</li>
            ))}
          </ul>
        </section>
      )}
      <XmlCopy bytes={outcome.bytes} fileName={outcome.fileName} />
    </div>
  );
}

/** Export: check, refuse on errors, confirm warnings, write, XSD-validate, offer the file, log it. */
export function ExportPanel({ port, settings, gate: settingsGate, check, onChecked }: ExportPanelProps) {
  const [fields, setFields] = useState<HeaderFields>(() => (check ? headerFieldsOf(check.message) : { ukprn: '', serialNo: '' }));
  const [state, setState] = useState<State>({ kind: 'idle' });
  const [last, setLast] = useState<ReturnLogEntry>();

  useEffect(() => {
    let live = true;
    port
      .readReturnLog()
      .then((log) => live && setLast(log[log.length - 1]))
      .catch(() => undefined); // no log yet: nothing to propose
    return () => {
      live = false;
    };
  }, [port, state.kind === 'outcome']);

  const write = async (c: WorkbookCheck) => {
    setState({ kind: 'busy', text: 'Writing and validating the file against the XSD…' });
    try {
      const outcome = await buildExport(port, c.message);
      if (outcome.kind === 'file') setFields((f) => ({ ...f, serialNo: outcome.nextSerial }));
      setState({ kind: 'outcome', outcome });
    } catch (e) {
      setState({ kind: 'failed', error: plainError(e), retry: () => void write(c) });
    }
  };

  const start = async () => {
    setState({ kind: 'busy', text: 'Checking the workbook…' });
    try {
      const c = await checkWorkbook(port, await (settingsGate ?? openGate(settings)).settled(), undefined, (msg) => {
        const fromSheet = headerFieldsOf(msg);
        applyHeaderFields(msg, fields);
        setFields((f) => ({ ukprn: f.ukprn || fromSheet.ukprn, serialNo: f.serialNo || fromSheet.serialNo }));
      });
      onChecked(c);
      const gate = exportGate(c.findings);
      if (gate.kind === 'ok') await write(c);
      else setState({ kind: 'gate', gate, check: c });
    } catch (e) {
      setState({ kind: 'failed', error: plainError(e), retry: () => void start() });
    }
  };

  const busy = state.kind === 'busy';
  return (
    <section aria-labelledby="export-heading">
      <Subtitle1 block as="h2" id="export-heading">
        Export ILR file
      </Subtitle1>
      <Body1 block as="p">UKPRN and serial number come from the Return sheet; type here to use other values.</Body1>
      <div style={{ display: 'flex', gap: 8, flexWrap: 'wrap' }}>
        <Field label="UKPRN" hint="8 digits">
          <Input value={fields.ukprn} inputMode="numeric" onChange={(_, d) => setFields((f) => ({ ...f, ukprn: d.value }))} />
        </Field>
        <Field label="Serial number" hint="01–99">
          <Input value={fields.serialNo} inputMode="numeric" onChange={(_, d) => setFields((f) => ({ ...f, serialNo: d.value }))} />
        </Field>
      </div>
      {last && (
        <Body1 block as="p" data-testid="last-return">
          Last exported: {last.fileName} (serial {last.serialNo || '—'}, {exportedOn(last.exportedAt)}). Next serial number: {nextSerial(last.serialNo)}.{' '}
          {fields.serialNo !== nextSerial(last.serialNo) && (
            <Button size="small" onClick={() => setFields((f) => ({ ...f, serialNo: nextSerial(last.serialNo) }))}>
              Use serial {nextSerial(last.serialNo)}
            </Button>
          )}
        </Body1>
      )}
      <Button appearance="primary" style={{ marginTop: 8 }} onClick={() => void start()} disabled={busy}>
        Create ILR file
      </Button>
      {state.kind === 'busy' && (
        <Field label={state.text}>
          <ProgressBar aria-label={state.text} />
        </Field>
      )}
      {state.kind === 'failed' && <ErrorBar lead="The file could not be made" error={state.error} onRetry={state.retry} testId="export-error" />}
      {state.kind === 'gate' && state.gate.kind === 'refuse' && (
        <MessageBar intent="error" role="alert" data-testid="export-refused">
          <MessageBarBody>
            <MessageBarTitle>Not exported</MessageBarTitle>
            <br />
            {state.gate.errors === 1 ? '1 error' : `${state.gate.errors} errors`} would make the file fail validation. Fix{' '}
            {state.gate.errors === 1 ? 'it first, at' : 'them first; the first at'}{' '}
            {state.gate.where.map((w, i) => {
              const m = /^(.+)!([A-Z]+\d+)$/.exec(w);
              return (
                <span key={w}>
                  {i > 0 && ', '}
                  {m ? (
                    <Link as="button" onClick={() => void port.selectCell(m[1]!, m[2]!).catch(() => undefined)} aria-label={`Go to ${w}`}>
                      {w}
                    </Link>
                  ) : (
                    w
                  )}
                </span>
              );
            })}
            .{' '}
            See the Check tab for the full list.
          </MessageBarBody>
        </MessageBar>
      )}
      {state.kind === 'gate' && state.gate.kind === 'confirm' && (
        <div role="alertdialog" aria-labelledby="warn-title" aria-describedby="warn-text">
          <MessageBar intent="warning">
            <MessageBarBody>
              <MessageBarTitle id="warn-title">Warnings</MessageBarTitle>
              <br />
              <span id="warn-text">
                {state.gate.warnings} {state.gate.warnings === 1 ? 'warning' : 'warnings'} (no errors). The file will be accepted, but the warnings may need
                attention. Create it anyway?
              </span>
            </MessageBarBody>
          </MessageBar>
          <div style={{ display: 'flex', gap: 8, marginTop: 6 }}>
            <Button appearance="primary" onClick={() => void write(state.check)}>
              Create anyway
            </Button>
            <Button onClick={() => setState({ kind: 'idle' })}>Cancel</Button>
          </div>
        </div>
      )}
      {state.kind === 'outcome' && state.outcome.kind === 'invalid' && (
        <MessageBar intent="error" role="alert">
          <MessageBarBody>
            <MessageBarTitle>Not exported: the file would be rejected by the XSD</MessageBarTitle>
            <ul>
              {state.outcome.messages.slice(0, 20).map((m, i) => (
                <li key={i}>{ukDatesInText(m)}</li>
              ))}
            </ul>
            {state.outcome.messages.length > 20 && <span>… and {state.outcome.messages.length - 20} more.</span>}
          </MessageBarBody>
        </MessageBar>
      )}
      {state.kind === 'outcome' && state.outcome.kind === 'unnamed' && (
        <MessageBar intent="error" role="alert">
          <MessageBarBody>Not exported: {state.outcome.problem}.</MessageBarBody>
        </MessageBar>
      )}
      {state.kind === 'outcome' && state.outcome.kind === 'file' && <FileOffer outcome={state.outcome} />}
    </section>
  );
}
