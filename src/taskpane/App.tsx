import { useEffect, useMemo, useRef, useState } from 'react';
import { Body1, FluentProvider, MessageBar, MessageBarBody, Spinner, Tab, TabList, Title2 } from '@fluentui/react-components';
import { setFunctionAdviceSettings, setFunctionAsOf, setFunctionYear } from '../functions/function-settings';
import type { WorkbookCheck } from './app/check-workbook';
import { defaultPort } from './app/default-port';
import { restoreAddedYears } from './app/added-years';
import { settingsGate } from './app/settings-gate';
import { years } from '../core/years/registry';
import { DEFAULT_PANE_SETTINGS, parsePaneSettings, type PaneSettings } from './app/settings-model';
import { AboutPanel } from './components/AboutPanel';
import { CheckPanel } from './components/CheckPanel';
import { ExportPanel } from './components/ExportPanel';
import { ImportPanel } from './components/ImportPanel';
import { ScreenBoundary } from './components/ScreenBoundary';
import { SettingsPanel } from './components/SettingsPanel';
import { SummaryPanel } from './components/SummaryPanel';
import type { WorkbookPort } from './excel/workbook-port';
import { plainError } from './app/office-errors';
import { THEMES, useThemeKind } from './app/office-theme';

type TabId = 'check' | 'export' | 'import' | 'summary' | 'settings' | 'about';

function applyToFunctions(s: PaneSettings): void {
  setFunctionYear(s.year);
  setFunctionAsOf(s.asOf);
  setFunctionAdviceSettings(s.advice);
}

/** Recalculates the ILR.* cells after the pane's settings load or change; a host that cannot is left as it is. */
function recalculate(port: WorkbookPort): void {
  port.recalculate?.().catch(() => undefined);
}

/** The task pane: Check, Export, Import, Summary and Settings over the workbook port, and About. */
export function App({ port: given }: { port?: WorkbookPort } = {}) {
  const port = useMemo(() => given ?? defaultPort(), [given]);
  const [tab, setTab] = useState<TabId>('check');
  const themeKind = useThemeKind();
  const [settings, setSettings] = useState<PaneSettings>(DEFAULT_PANE_SETTINGS);
  const [check, setCheck] = useState<WorkbookCheck>();
  const [settingsProblem, setSettingsProblem] = useState<string>();
  const [yearsProblem, setYearsProblem] = useState<string>();
  /** Actions wait on this until the workbook's saved settings are known (see settings-gate.ts). */
  const gate = useMemo(() => settingsGate(DEFAULT_PANE_SETTINGS), [port]);
  const [loaded, setLoaded] = useState(false);
  /** Set once the user saves settings: a load finishing later must not undo them. */
  const changed = useRef(false);

  useEffect(() => {
    if (!port) return;
    let live = true;
    // the years added to this workbook are read beside the settings, and registered before the settings are parsed
    // (the saved settings may name one of them)
    const restored = restoreAddedYears(port, years)
      .catch((e: unknown) => [`The collection years saved with this workbook could not be read: ${plainError(e).text}`])
      .then((problems) => {
        if (live && problems.length) setYearsProblem(problems.join(' '));
      });
    port
      .loadSettings()
      .then(async (raw) => {
        await restored;
        if (!live || changed.current) return;
        const s = parsePaneSettings(raw);
        gate.set(s, true);
        setSettings(s);
        applyToFunctions(s);
        recalculate(port);
      })
      .catch(async (e: unknown) => {
        await restored;
        if (!live) return;
        if (!gate.open) gate.set(DEFAULT_PANE_SETTINGS, true);
        setSettingsProblem(`Settings could not be read; using the defaults. ${plainError(e).text}`);
      })
      .finally(() => live && setLoaded(true));
    return () => {
      live = false;
    };
  }, [port, gate]);

  const changeSettings = async (s: PaneSettings) => {
    changed.current = true;
    gate.set(s, true);
    setSettings(s);
    applyToFunctions(s);
    setCheck(undefined);
    if (port) {
      await port.saveSettings(s);
      recalculate(port);
    }
  };

  return (
    <FluentProvider theme={THEMES[themeKind]} data-theme={themeKind} style={{ minHeight: '100vh' }}>
      <main style={{ padding: 12 }}>
        <Title2 as="h1">ILR Workbench</Title2>
        {!port ? (
          <>
            <Body1 as="p">Open ILR Workbench from Excel&apos;s ribbon to check a workbook, highlight problems, and write or import the ILR XML file.</Body1>
            {/* outside Excel (e.g. an IT technician opening taskpane.html to check a deployment) the About screen still shows */}
            <AboutPanel />
          </>
        ) : (
          <>
            <TabList selectedValue={tab} onTabSelect={(_, d) => setTab(d.value as TabId)} aria-label="ILR Workbench screens" size="small" style={{ flexWrap: 'wrap' }}>
              <Tab value="check">Check</Tab>
              <Tab value="export">Export</Tab>
              <Tab value="import">Import</Tab>
              <Tab value="summary">Summary</Tab>
              <Tab value="settings">Settings</Tab>
              <Tab value="about">About</Tab>
            </TabList>
            {!loaded && !gate.open && (
              <Spinner size="tiny" labelPosition="after" label="Reading this workbook's settings… (a check started now waits for them)" />
            )}
            {yearsProblem && (
              <MessageBar intent="warning">
                <MessageBarBody>{yearsProblem}</MessageBarBody>
              </MessageBar>
            )}
            {settingsProblem && (
              <MessageBar intent="warning">
                <MessageBarBody>{settingsProblem}</MessageBarBody>
              </MessageBar>
            )}
            <div role="tabpanel" aria-label={tab} style={{ paddingTop: 8 }}>
              <ScreenBoundary key={tab}>
                {tab === 'check' && <CheckPanel port={port} settings={settings} gate={gate} check={check} onChecked={setCheck} />}
                {tab === 'export' && <ExportPanel port={port} settings={settings} gate={gate} check={check} onChecked={setCheck} />}
                {tab === 'import' && <ImportPanel port={port} onImported={() => setCheck(undefined)} />}
                {tab === 'summary' && <SummaryPanel port={port} settings={settings} gate={gate} check={check} onChecked={setCheck} />}
                {tab === 'settings' && <SettingsPanel settings={settings} onChange={changeSettings} port={port} />}
                {tab === 'about' && <AboutPanel />}
              </ScreenBoundary>
            </div>
          </>
        )}
      </main>
    </FluentProvider>
  );
}
