/** @jest-environment jsdom */
import './jsdom-shims';
import { fireEvent, render, screen } from '@testing-library/react';
import { App } from '../../../../src/taskpane/App';
import { FakePort, sampleTables } from './fake-port';
import { londonDateTime } from '../../../../src/core/xml/file-name';

/**
 * The ESFA sample cut down to its learners without errors, as a provider might export a corrected subset: CLLearner
 * carries the ULN_02/ULN_03 warnings (a temporary ULN), the others (HE, loans, 16-19, adult, standalone) are clean.
 */
const CLEAN_LEARNERS = new Set(['CLLearner', 'HEFunded', 'LoanLearner', 'Other1619', 'OtherAdult', 'StandLearn']);
function warningsOnly() {
  return sampleTables().map((t) => {
    const ref = t.headers.indexOf('LearnRefNumber');
    return ref < 0 ? t : { ...t, rows: t.rows.filter((r) => CLEAN_LEARNERS.has(String(r[ref]))) };
  });
}

describe('Export with warnings only', () => {
  test('asks to confirm; Cancel writes nothing', async () => {
    const port = new FakePort(warningsOnly());
    render(<App port={port} />);
    fireEvent.click(screen.getByRole('tab', { name: 'Export' }));
    fireEvent.click(screen.getByRole('button', { name: 'Create ILR file' }));
    const dialog = await screen.findByRole('alertdialog', {}, { timeout: 20000 });
    expect(dialog.textContent).toMatch(/\d+ warnings \(no errors\)/);
    fireEvent.click(screen.getByRole('button', { name: 'Cancel' }));
    expect(screen.queryByRole('alertdialog')).toBeNull();
    expect(port.log).toEqual([]);
  }, 30000);

  test('Create anyway writes the file: a download link with the official name, the XML to copy, the Returns log entry, the next serial', async () => {
    const port = new FakePort(warningsOnly());
    const created: Blob[] = [];
    URL.createObjectURL = (b: Blob) => {
      created.push(b);
      return 'blob:ilr-test';
    };
    URL.revokeObjectURL = () => undefined;
    render(<App port={port} />);
    fireEvent.click(screen.getByRole('tab', { name: 'Export' }));
    fireEvent.click(screen.getByRole('button', { name: 'Create ILR file' }));
    fireEvent.click(await screen.findByRole('button', { name: 'Create anyway' }, { timeout: 20000 }));
    const link = await screen.findByTestId('download-link', {}, { timeout: 20000 });
    // named for the moment of export (today in London), not the DateTime the imported sample carried
    const today = londonDateTime().slice(0, 10).replace(/-/g, '');
    const name = link.getAttribute('download')!;
    expect(name).toMatch(new RegExp(`^ILR-99999999-2526-${today}-\\d{6}-01\\.XML$`));
    expect(link.getAttribute('href')).toBe('blob:ilr-test');
    expect(created[0]!.type).toBe('application/xml');
    // the XML is decoded only on demand (a large return is megabytes)
    expect(screen.queryByLabelText(/XML of ILR-99999999/)).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: /show the XML to copy/ }));
    const xml = (screen.getByLabelText(/XML of ILR-99999999/) as HTMLTextAreaElement).value;
    expect(xml).toMatch(/^<\?xml/);
    expect(xml).toContain('<LearnRefNumber>');
    expect(port.log).toHaveLength(1);
    expect(port.log[0]!.fileName).toBe(name);
    expect(port.log[0]!.sha256).toMatch(/^[0-9a-f]{64}$/);
    expect((screen.getByLabelText(/Serial number/) as HTMLInputElement).value).toBe('02');
  }, 40000);
});
