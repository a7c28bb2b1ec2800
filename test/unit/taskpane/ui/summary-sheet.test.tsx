/** @jest-environment jsdom */
import './jsdom-shims';
import { fireEvent, render, screen } from '@testing-library/react';
import type { SummaryBlock } from '../../../../src/core/summary/summary-tables';
import { App } from '../../../../src/taskpane/App';
import { FakePort, sampleTables } from './fake-port';

class SummaryPort extends FakePort {
  summaries: SummaryBlock[][] = [];
  async writeSummary(blocks: SummaryBlock[]): Promise<void> {
    this.summaries.push(blocks);
  }
}

describe('Write to Summary sheet', () => {
  test('writes the counts and destinations due through the port, and says so', async () => {
    const port = new SummaryPort(sampleTables());
    render(<App port={port} />);
    fireEvent.click(screen.getByRole('tab', { name: 'Summary' }));
    fireEvent.click(screen.getByRole('button', { name: 'Read the workbook' }));
    fireEvent.click(await screen.findByRole('button', { name: 'Write to Summary sheet' }, { timeout: 20000 }));
    await screen.findByText(/Written to the Summary sheet/);
    expect(port.summaries).toHaveLength(1);
    const [comp] = port.summaries[0]!;
    expect(comp!.heading).toBe('Completion status');
    expect(comp!.chart).toBe(true);
    expect(comp!.rows.reduce((n, r) => n + Number(r[2]), 0)).toBe(35);
  }, 30000);

  test('a port without a Summary sheet offers no button', async () => {
    render(<App port={new FakePort(sampleTables())} />);
    fireEvent.click(screen.getByRole('tab', { name: 'Summary' }));
    fireEvent.click(screen.getByRole('button', { name: 'Read the workbook' }));
    await screen.findByRole('table', { name: /Completion status/ }, { timeout: 20000 });
    expect(screen.queryByRole('button', { name: 'Write to Summary sheet' })).toBeNull();
  }, 30000);
});
