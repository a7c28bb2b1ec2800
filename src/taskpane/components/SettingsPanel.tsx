import { useEffect, useState } from 'react';
import { Body1, Button, Checkbox, Field, Input, MessageBar, MessageBarBody, Select, Subtitle1 } from '@fluentui/react-components';
import { plainError, type PlainError } from '../app/office-errors';
import { ErrorBar } from './ErrorBar';
import { ruleGroups } from '../../core/rules/rule-set';
import type { AdviceSettings } from '../../core/rules/types';
import { years } from '../../core/years/registry';
import { validThreshold, WHOLE_MONTHS, type PaneSettings } from '../app/settings-model';
import type { WorkbookPort } from '../excel/workbook-port';
import { AddYearSection } from './AddYearSection';

const THRESHOLDS: { key: keyof AdviceSettings; label: string }[] = [
  { key: 'breakInLearningMonths', label: 'Break in learning longer than (months)' },
  { key: 'outcomeUnknownMonths', label: 'Outcome not known after end date for more than (months)' },
  { key: 'withdrawOtherPercent', label: 'Withdrawals coded other / not known above (%)' },
  { key: 'destinationDueMonths', label: 'Destination due after learning ends (months)' },
];

const GROUPS = ruleGroups();

/** Year, as-of date, advice thresholds and rule groups; saved with the workbook. */
export function SettingsPanel({ settings, onChange, port }: { settings: PaneSettings; onChange: (s: PaneSettings) => Promise<void>; port?: WorkbookPort }) {
  const [draft, setDraft] = useState<PaneSettings>(settings);
  // the workbook's saved settings may arrive after the screen opened (they are read when the pane opens): show them
  useEffect(() => setDraft(settings), [settings]);
  const [, setYearsShown] = useState(0);
  const [status, setStatus] = useState<{ ok: true; text: string } | { ok: false; error: PlainError }>();
  const [typed, setTyped] = useState<Partial<Record<keyof AdviceSettings, string>>>({});
  const invalid = THRESHOLDS.some((t) => typed[t.key] !== undefined && (typed[t.key] === '' || !validThreshold(t.key, Number(typed[t.key]))));
  const save = async () => {
    try {
      await onChange(draft);
      setStatus({ ok: true, text: 'Settings saved with the workbook.' });
    } catch (e) {
      setStatus({ ok: false, error: plainError(e) });
    }
  };
  return (
    <section aria-labelledby="settings-heading">
      <Subtitle1 block as="h2" id="settings-heading">
        Settings
      </Subtitle1>
      <Field label="Collection year">
        <Select value={draft.year ?? ''} onChange={(_, d) => setDraft({ ...draft, year: d.value || undefined })}>
          <option value="">Newest ({years.get().label})</option>
          {years.codes().map((c) => (
            <option key={c} value={c}>
              {years.get(c).label}
            </option>
          ))}
        </Select>
      </Field>
      <Field label="Check as of" hint="Blank: today">
        <Input type="date" value={draft.asOf ?? ''} onChange={(_, d) => setDraft({ ...draft, asOf: d.value || undefined })} />
      </Field>
      {THRESHOLDS.map((t) => {
        const text = typed[t.key] ?? String(draft.advice[t.key]);
        const ok = text !== '' && validThreshold(t.key, Number(text));
        return (
          <Field
            key={t.key}
            label={t.label}
            validationState={ok ? 'none' : 'error'}
            validationMessage={ok ? undefined : WHOLE_MONTHS.has(t.key) ? 'A whole number of months, 0 or more' : 'A number, 0 or more'}
          >
            <Input
              type="number"
              min={0}
              step={WHOLE_MONTHS.has(t.key) ? 1 : 'any'}
              value={text}
              onChange={(_, d) => {
                setTyped((x) => ({ ...x, [t.key]: d.value }));
                const n = Number(d.value);
                if (d.value !== '' && validThreshold(t.key, n)) setDraft((x) => ({ ...x, advice: { ...x.advice, [t.key]: n } }));
              }}
            />
          </Field>
        );
      })}
      <fieldset style={{ border: 'none', padding: 0, marginTop: 8 }}>
        <legend>
          <Body1>Rule groups to run</Body1>
        </legend>
        {GROUPS.map((g) => (
          <Checkbox
            key={g}
            label={g}
            checked={!draft.disabled.includes(g)}
            onChange={(_, d) => setDraft({ ...draft, disabled: d.checked ? draft.disabled.filter((x) => x !== g) : [...draft.disabled, g] })}
          />
        ))}
      </fieldset>
      <Button appearance="primary" onClick={() => void save()} disabled={invalid}>
        Save settings
      </Button>
      {status?.ok === true && (
        <MessageBar intent="success" role="status">
          <MessageBarBody>{status.text}</MessageBarBody>
        </MessageBar>
      )}
      {status?.ok === false && <ErrorBar lead="Settings could not be saved" error={status.error} onRetry={() => void save()} />}
      {port && <AddYearSection port={port} onAdded={() => setYearsShown((n) => n + 1)} />}
    </section>
  );
}
