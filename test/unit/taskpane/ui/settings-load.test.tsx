/** @jest-environment jsdom */
import './jsdom-shims';
import { readFileSync } from 'fs';
import path from 'path';
import { fireEvent, render, screen } from '@testing-library/react';
import { messageToTables } from '../../../../src/core/sheet/write-tables';
import { readIlrXml } from '../../../../src/core/xml/read-xml';
import { App } from '../../../../src/taskpane/App';
import { FakePort, sampleTables } from './fake-port';

const FIXTURE_2021 = path.join(__dirname, '../../../fixtures/xml/synthetic-2021-with-dp.xml');

/** A workbook whose saved settings arrive only when the test says so (Office's settings load is asynchronous). */
class SlowSettingsPort extends FakePort {
  private release!: (v: unknown) => void;
  private fail!: (e: unknown) => void;
  loads = 0;
  override async loadSettings(): Promise<unknown> {
    this.loads++;
    return new Promise((resolve, reject) => {
      this.release = resolve;
      this.fail = reject;
    });
  }
  arrive(): void {
    this.release(this.settings);
  }
  breakLoad(e: Error): void {
    this.fail(e);
  }
}

describe('actions wait for the workbook\'s saved settings', () => {
  test('Check clicked at once, before the saved settings have loaded, uses the saved year and as-of date', async () => {
    const port = new SlowSettingsPort(messageToTables(readIlrXml(readFileSync(FIXTURE_2021, 'utf8'))));
    port.settings = { year: '2021', asOf: '2021-06-30' };
    const readSheet = jest.spyOn(port, 'readSheet');
    render(<App port={port} />);
    fireEvent.click(screen.getByRole('button', { name: 'Check workbook' }));
    // the wait is visible, and nothing is read on the defaults meanwhile
    expect(screen.getByText(/Reading this workbook's settings/)).toBeTruthy();
    await new Promise((r) => setTimeout(r, 50));
    expect(readSheet).not.toHaveBeenCalled();
    expect(screen.queryByTestId('check-summary')).toBeNull();
    port.arrive();
    const summary = await screen.findByTestId('check-summary', {}, { timeout: 15000 });
    expect(summary.textContent).toMatch(/2020-21 rules, as of 30\/06\/2021\.$/);
    expect(screen.queryByText(/Reading this workbook's settings/)).toBeNull();
    expect(port.loads).toBe(1);
  }, 30000);

  test('a settings load that fails still ends in the defaults, with the message, and the waiting check runs', async () => {
    const port = new SlowSettingsPort(sampleTables());
    render(<App port={port} />);
    fireEvent.click(screen.getByRole('button', { name: 'Check workbook' }));
    port.breakLoad(new Error('settings store unavailable'));
    const summary = await screen.findByTestId('check-summary', {}, { timeout: 15000 });
    expect(summary.textContent).toMatch(/2025-26 rules, as of \d{2}\/\d{2}\/\d{4}\.$/);
    expect(screen.getByText(/Settings could not be read; using the defaults\. settings store unavailable/)).toBeTruthy();
  }, 30000);

  test('Export started before the load waits for it too (it checks with the saved as-of date)', async () => {
    const port = new SlowSettingsPort(sampleTables());
    port.settings = { asOf: '2025-01-08' };
    render(<App port={port} />);
    fireEvent.click(screen.getByRole('tab', { name: 'Export' }));
    fireEvent.click(screen.getByRole('button', { name: 'Create ILR file' }));
    await new Promise((r) => setTimeout(r, 50));
    port.arrive();
    // the export refuses (the ESFA sample has errors) and the check it ran is the Check screen's: as of the saved date
    await screen.findByTestId('export-refused', {}, { timeout: 15000 });
    fireEvent.click(screen.getByRole('tab', { name: 'Check' }));
    expect((await screen.findByTestId('check-summary')).textContent).toMatch(/as of 08\/01\/2025\.$/);
  }, 30000);
});
