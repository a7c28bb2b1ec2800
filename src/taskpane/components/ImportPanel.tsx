import { useId, useState } from 'react';
import { Body1, Button, Label, MessageBar, MessageBarBody, MessageBarTitle, Subtitle1 } from '@fluentui/react-components';
import { applyImport, planImport, type ImportPlan } from '../app/import-flow';
import { readFileBytes } from '../app/read-file';
import type { WorkbookPort } from '../excel/workbook-port';
import { plainError, type PlainError } from '../app/office-errors';
import { ErrorBar } from './ErrorBar';

type State = { kind: 'idle' } | { kind: 'busy'; text: string } | { kind: 'confirm'; plan: ImportPlan; file: string } | { kind: 'done'; text: string } | { kind: 'failed'; lead?: string; error: PlainError; retry?: () => void };

/** Import an ILR XML file into the workbook's ILR sheets, asking before any sheet is replaced. */
export function ImportPanel({ port, onImported }: { port: WorkbookPort; onImported?: () => void }) {
  const [state, setState] = useState<State>({ kind: 'idle' });
  const inputId = useId();

  const write = async (plan: ImportPlan, file: string) => {
    setState({ kind: 'busy', text: 'Writing the sheets…' });
    try {
      const missing = await applyImport(port, plan);
      const without = missing.length ? ` Not available on this version of Excel, so left out: ${missing.join('; ')}.` : '';
      const noted = plan.notes.length ? ` Noted: ${plan.notes.join(' ')}` : '';
      setState({ kind: 'done', text: `Imported ${file}: ${plan.learners} learners into ${plan.tables.length} sheets.${without}${noted}` });
      onImported?.();
    } catch (e) {
      setState({ kind: 'failed', error: plainError(e), retry: () => void write(plan, file) });
    }
  };

  const chosen = async (files: FileList | null) => {
    const file = files?.[0];
    if (!file) return;
    setState({ kind: 'busy', text: `Reading ${file.name}…` });
    try {
      const plan = await planImport(port, await readFileBytes(file));
      if (plan.overwrites.length > 0) setState({ kind: 'confirm', plan, file: file.name });
      else await write(plan, file.name);
    } catch (e) {
      setState({ kind: 'failed', lead: `${file.name} could not be read`, error: plainError(e), retry: () => void chosen(files) });
    }
  };

  return (
    <section aria-labelledby="import-heading">
      <Subtitle1 block as="h2" id="import-heading">
        Import ILR file
      </Subtitle1>
      <Body1 block as="p">Reads an ILR XML file (for example one downloaded from Submit Learner Data) into the ILR sheets.</Body1>
      <div style={{ display: 'flex', flexDirection: 'column', gap: 4 }}>
        <Label htmlFor={inputId}>ILR XML file</Label>
        <input id={inputId} type="file" accept=".xml,application/xml,text/xml" disabled={state.kind === 'busy'} onChange={(e) => void chosen(e.target.files)} />
      </div>
      {state.kind === 'busy' && <Body1 role="status">{state.text}</Body1>}
      {state.kind === 'confirm' && (
        <div role="alertdialog" aria-labelledby="import-warn-title">
          <MessageBar intent="warning">
            <MessageBarBody>
              <MessageBarTitle id="import-warn-title">Replace sheets?</MessageBarTitle>
              <br />
              {state.file} ({state.plan.learners} learners) will replace the contents of {state.plan.overwrites.join(', ')}. Other sheets are not touched.
            </MessageBarBody>
          </MessageBar>
          <div style={{ display: 'flex', gap: 8, marginTop: 6 }}>
            <Button appearance="primary" onClick={() => void write(state.plan, state.file)}>
              Replace sheets
            </Button>
            <Button onClick={() => setState({ kind: 'idle' })}>Cancel</Button>
          </div>
        </div>
      )}
      {state.kind === 'done' && (
        <MessageBar intent="success">
          <MessageBarBody>{state.text}</MessageBarBody>
        </MessageBar>
      )}
      {state.kind === 'failed' && <ErrorBar lead={state.lead} error={state.error} onRetry={state.retry} testId="import-error" />}
    </section>
  );
}
