import { useState } from 'react';
import { Body1, Button, MessageBar, MessageBarBody, Subtitle2 } from '@fluentui/react-components';
import { years } from '../../core/years/registry';
import type { AddedYear } from '../../core/years/stored-years';
import { keepYear, previewYear } from '../app/added-years';
import type { WorkbookPort } from '../excel/workbook-port';
import { plainError, type PlainError } from '../app/office-errors';
import { ErrorBar } from './ErrorBar';

/**
 * Settings → Add a collection year: the user picks the year's official XSD; the pane shows the year, its namespace and
 * what it changes against the newest shipped year, and keeps it with the workbook when the user confirms. A file that
 * cannot be used is refused with the reason, and nothing changes.
 */
export function AddYearSection({ port, onAdded }: { port: WorkbookPort; onAdded: (code: string) => void }) {
  const [preview, setPreview] = useState<AddedYear>();
  const [status, setStatus] = useState<{ ok: true; text: string } | { ok: false; lead?: string; error: PlainError }>();
  const [inputKey, setInputKey] = useState(0);
  const choose = async (file: File | undefined) => {
    setPreview(undefined);
    setStatus(undefined);
    if (!file) return;
    try {
      setPreview(await previewYear(port, await file.text(), file.name));
    } catch (e) {
      setStatus({ ok: false, error: plainError(e) });
      setInputKey((k) => k + 1);
    }
  };
  const keep = async () => {
    if (!preview) return;
    try {
      await keepYear(port, years, preview);
      // formulas that named the year before it was known are worked out again
      port.recalculate?.().catch(() => undefined);
      setStatus({ ok: true, text: `${preview.year.label} added and saved with this workbook: choose it as the collection year above, or in a formula's year argument (${preview.year.code}).` });
      onAdded(preview.year.code);
    } catch (e) {
      setStatus({ ok: false, lead: `${preview.year.label} could not be saved with the workbook`, error: plainError(e) });
    }
    setPreview(undefined);
    setInputKey((k) => k + 1);
  };
  return (
    <section aria-labelledby="add-year-heading" style={{ marginTop: 12 }}>
      <Subtitle2 block as="h3" id="add-year-heading">
        Add a collection year
      </Subtitle2>
      <Body1 block as="p">
        Pick the year&apos;s official ILR XSD, downloaded from the ILR specification site. It is kept with this workbook, so the year is there
        the next time the workbook opens, for anyone who opens it.
      </Body1>
      <label>
        <Body1>Official XSD file </Body1>
        <input key={inputKey} type="file" accept=".xsd,application/xml,text/xml" aria-label="Official XSD file" onChange={(e) => void choose(e.target.files?.[0])} />
      </label>
      {preview && (
        <div data-testid="year-preview" style={{ marginTop: 8 }}>
          <Body1 block as="p">
            {preview.year.label} (year code {preview.year.code}, namespace {preview.year.namespace}). Against {years.get(preview.diff.against).label}:
          </Body1>
          <ul>
            {preview.changes.map((c) => (
              <li key={c}>{c}</li>
            ))}
          </ul>
          <Button appearance="primary" onClick={() => void keep()}>
            Add {preview.year.label}
          </Button>{' '}
          <Button
            onClick={() => {
              setPreview(undefined);
              setInputKey((k) => k + 1);
            }}
          >
            Cancel
          </Button>
        </div>
      )}
      {status?.ok === true && (
        <MessageBar intent="success" role="status">
          <MessageBarBody>{status.text}</MessageBarBody>
        </MessageBar>
      )}
      {/* the file is picked again to retry: no Retry button */}
      {status?.ok === false && <ErrorBar lead={status.lead} error={status.error} after="Nothing was changed." />}
    </section>
  );
}
