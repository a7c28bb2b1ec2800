/** @jest-environment jsdom */
import './jsdom-shims';
import { act, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { getFunctionAdviceSettings, getFunctionAsOf, getFunctionYear, resetFunctionSettings } from '../../../../src/functions/function-settings';
import { App } from '../../../../src/taskpane/App';
import { summarise } from '../../../../src/core/summary/summarise';
import { readTables } from '../../../../src/core/sheet/read-tables';
import { FakePort, sampleTables } from './fake-port';

// each test renders the whole pane; on a shared, busy machine that can take longer than jest's default 5 s
jest.setTimeout(30_000);

afterEach(() => resetFunctionSettings());

describe('Summary', () => {
  test('counts aims by completion status and outcome with the code descriptions', () => {
    const msg = readTables(sampleTables(), { year: '2526' }).message;
    const s = summarise(msg, { asOf: '2026-11-22', dueMonths: 2 });
    const total = s.compStatus.reduce((n, c) => n + c.count, 0);
    expect(total).toBe(35);
    const continuing = s.compStatus.find((c) => c.code === '1');
    expect(continuing?.description).toMatch(/continuing/i);
    expect(s.outType).toEqual([]); // the 2025-26 ESFA sample has no destinations
    for (const d of s.destinationsDue) expect(d.due > d.lastEnd).toBe(true);
  });

  test('the Summary screen reads the workbook and shows tables and a labelled chart', async () => {
    const port = new FakePort(sampleTables());
    render(<App port={port} />);
    fireEvent.click(screen.getByRole('tab', { name: 'Summary' }));
    fireEvent.click(screen.getByRole('button', { name: 'Read the workbook' }));
    const table = await screen.findByRole('table', { name: /Completion status/ }, { timeout: 20000 });
    expect(within(table).getAllByRole('row').length).toBeGreaterThan(1);
    expect(screen.getByRole('img', { name: /Learning aims by completion status: 1 / })).toBeTruthy();
  }, 30000);
});

describe('Settings', () => {
  test('saving stores the settings in the workbook and passes year, as-of and thresholds to the cell functions', async () => {
    const port = new FakePort(sampleTables());
    render(<App port={port} />);
    fireEvent.click(screen.getByRole('tab', { name: 'Settings' }));
    fireEvent.change(screen.getByLabelText('Collection year'), { target: { value: '2021' } });
    fireEvent.change(screen.getByLabelText(/Check as of/), { target: { value: '2026-07-31' } });
    fireEvent.change(screen.getByLabelText(/Destination due after learning ends/), { target: { value: '3' } });
    fireEvent.click(screen.getByRole('checkbox', { name: 'advice' }));
    fireEvent.click(screen.getByRole('button', { name: 'Save settings' }));
    await screen.findByText('Settings saved with the workbook.');
    expect(port.settings).toMatchObject({ year: '2021', asOf: '2026-07-31', disabled: ['advice'] });
    expect((port.settings as { advice: { destinationDueMonths: number } }).advice.destinationDueMonths).toBe(3);
    expect(getFunctionYear()).toBe('2021');
    expect(getFunctionAsOf()).toBe('2026-07-31');
    expect(getFunctionAdviceSettings().destinationDueMonths).toBe(3);
  });

  test('saved settings are loaded on opening and used by the check (advice switched off)', async () => {
    const port = new FakePort(sampleTables());
    port.settings = { asOf: '2026-01-01', disabled: ['advice'] };
    render(<App port={port} />);
    await waitFor(() => expect(getFunctionAsOf()).toBe('2026-01-01'));
    fireEvent.click(screen.getByRole('button', { name: 'Check workbook' }));
    const summary = await screen.findByTestId('check-summary', {}, { timeout: 20000 });
    expect(summary.textContent).toMatch(/, 0 advice — .* as of 01\/01\/2026/);
  }, 30000);
});

describe('Export: the Returns log', () => {
  test('the last export is shown and its next serial number offered', async () => {
    const port = new FakePort(sampleTables());
    port.log = [{ exportedAt: '2026-10-01T09:00:00.000Z', fileName: 'ILR-99999999-2526-20261001-090000-03.XML', serialNo: '03', learners: 1, deliveries: 1, destinations: 0, sha256: 'a'.repeat(64) }];
    render(<App port={port} />);
    fireEvent.click(screen.getByRole('tab', { name: 'Export' }));
    const last = (await screen.findByTestId('last-return')).textContent;
    expect(last).toContain('Next serial number: 04');
    expect(last).toContain('(serial 03, 01/10/2026)');
    fireEvent.click(screen.getByRole('button', { name: 'Use serial 04' }));
    expect((screen.getByLabelText(/Serial number/) as HTMLInputElement).value).toBe('04');
  });
});

describe('Settings thresholds', () => {
  test('a month threshold must be a whole number: the field says so and Save is off until it is', async () => {
    const port = new FakePort();
    await act(async () => {
      render(<App port={port} />);
    });
    fireEvent.click(screen.getByRole('tab', { name: 'Settings' }));
    const field = screen.getByLabelText(/Destination due after learning ends/);
    fireEvent.change(field, { target: { value: '2.5' } });
    expect(screen.getByText('A whole number of months, 0 or more')).toBeTruthy();
    expect((screen.getByRole('button', { name: 'Save settings' }) as HTMLButtonElement).disabled).toBe(true);
    fireEvent.change(field, { target: { value: '4' } });
    expect(screen.queryByText('A whole number of months, 0 or more')).toBeNull();
    expect((screen.getByRole('button', { name: 'Save settings' }) as HTMLButtonElement).disabled).toBe(false);
  });
});
