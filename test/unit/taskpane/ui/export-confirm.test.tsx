/** @jest-environment jsdom */
import './jsdom-shims';
import { fireEvent, render, screen } from '@testing-library/react';
import { App } from '../../../../src/taskpane/App';
import { FakePort, sampleTables, withCell } from './fake-port';
import { londonDateTime } from '../../../../src/core/xml/file-name';

/** The ESFA sample with its errors fixed as a provider would: the second aim renumbered, the ULN's check digit corrected, the T Level planned end dates and the file preparation date put right. */
function warningsOnly() {
  let t = sampleTables();
  t = withCell(t, 'LearningDelivery', 6, 'AimSeqNumber', 2); // LearningDelivery!D8
  const uln = String(t.find((x) => x.sheet === 'Learner')!.rows[16]![5]); // Learner!F18
  const d = uln.slice(0, 9).split('').map(Number);
  const rem = d.reduce((s, x, i) => s + x * (10 - i), 0) % 11;
  t = withCell(t, 'Learner', 16, 'ULN', Number(uln.slice(0, 9) + String(10 - rem)));
  // the T Level aims planned to end (2023-07-30) before they start (2023-09-01): LearnPlanEndDate_02
  const ld = t.find((x) => x.sheet === 'LearningDelivery')!;
  const ref = ld.headers.indexOf('LearnRefNumber');
  ld.rows.forEach((r, i) => {
    if (r[ref] === 'TLevelT') t = withCell(t, 'LearningDelivery', i, 'LearnPlanEndDate', '2024-07-31');
  });
  // end and achievement dates after the preparation date (2025-01-08): the file is prepared later in the year
  const ret = t.find((x) => x.sheet === 'Return')!;
  const at = ret.rows.findIndex((r) => r[0] === 'FilePreparationDate');
  return withCell(t, 'Return', at, ret.headers[1] as string, '2025-07-31');
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
    const xml = (screen.getByLabelText(/XML of ILR-99999999/) as HTMLTextAreaElement).value;
    expect(xml).toMatch(/^<\?xml/);
    expect(xml).toContain('<LearnRefNumber>');
    expect(port.log).toHaveLength(1);
    expect(port.log[0]!.fileName).toBe(name);
    expect(port.log[0]!.sha256).toMatch(/^[0-9a-f]{64}$/);
    expect((screen.getByLabelText(/Serial number/) as HTMLInputElement).value).toBe('02');
  }, 40000);
});
