/** @jest-environment jsdom */
import './jsdom-shims';
import { readFileSync } from 'fs';
import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import { App } from '../../../../src/taskpane/App';
import { ESFA_SAMPLE, FakePort, sampleTables } from './fake-port';

describe('Export screen', () => {
  test('refuses when the check finds errors, saying how many and where, and writes nothing', async () => {
    const port = new FakePort(sampleTables());
    render(<App port={port} />);
    fireEvent.click(screen.getByRole('tab', { name: 'Export' }));
    fireEvent.click(screen.getByRole('button', { name: 'Create ILR file' }));
    const refused = await screen.findByTestId('export-refused', {}, { timeout: 20000 });
    expect(refused.textContent).toContain('Not exported');
    expect(refused.textContent).toContain('55 errors');
    // the first places, in the check's order: AchDate_07 (an achievement date after the preparation date), then
    // EmpStat_08 (Skills Bootcamp aims starting before the learner's first employment status)
    expect(refused.textContent).toContain('LearningDelivery!Y35, LearningDelivery!E33, LearningDelivery!E34, LearningDelivery!E35, LearningDelivery!E36');
    expect(screen.queryByTestId('download-link')).toBeNull();
    expect(port.log).toEqual([]);
    // each place is a link to its cell
    fireEvent.click(screen.getByRole('button', { name: 'Go to LearningDelivery!E33' }));
    await waitFor(() => expect(port.selected).toEqual([{ sheet: 'LearningDelivery', cell: 'E33' }]));
    // the pane picked up UKPRN and serial number from the Return sheet
    expect((screen.getByLabelText(/UKPRN/) as HTMLInputElement).value).toBe('99999999');
    expect((screen.getByLabelText(/Serial number/) as HTMLInputElement).value).toBe('01');
  }, 30000);
});

describe('Import screen', () => {
  test('asks before replacing sheets, then writes the tables of the file', async () => {
    const port = new FakePort([{ sheet: 'Learner', headerRow: 1, firstColumn: 1, headers: ['LearnRefNumber'], rows: [['OLD']] }]);
    render(<App port={port} />);
    fireEvent.click(screen.getByRole('tab', { name: 'Import' }));
    const file = new File([readFileSync(ESFA_SAMPLE, 'utf8')], 'ILR.xml', { type: 'application/xml' });
    fireEvent.change(screen.getByLabelText('ILR XML file'), { target: { files: [file] } });
    expect(await screen.findByText(/will replace the contents of Learner/, {}, { timeout: 10000 })).toBeTruthy();
    expect(port.written).toEqual([]);
    fireEvent.click(screen.getByRole('button', { name: 'Replace sheets' }));
    await waitFor(() => expect(port.written).toHaveLength(1));
    expect(port.written[0]!.map((t) => t.sheet)).toContain('LearningDelivery');
    expect(port.sheets.get('Learner')!.rows).toHaveLength(19);
    expect(await screen.findByText(/Imported ILR.xml: 19 learners/)).toBeTruthy();
  }, 30000);

  test('a file that is not ILR XML is refused with the reader message', async () => {
    const port = new FakePort();
    render(<App port={port} />);
    fireEvent.click(screen.getByRole('tab', { name: 'Import' }));
    const file = new File(['<html/>'], 'page.xml', { type: 'application/xml' });
    fireEvent.change(screen.getByLabelText('ILR XML file'), { target: { files: [file] } });
    expect((await screen.findByRole('alert', {}, { timeout: 10000 })).textContent).toMatch(/page.xml could not be read: /);
    expect(port.written).toEqual([]);
  }, 30000);
});
