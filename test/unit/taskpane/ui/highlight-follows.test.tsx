/** @jest-environment jsdom */
import './jsdom-shims';
import { fireEvent, render, screen } from '@testing-library/react';
import { App } from '../../../../src/taskpane/App';
import { FakePort, sampleTables, withCell } from './fake-port';

describe('highlights follow re-checks', () => {
  test('after Highlight, a re-check re-marks the new findings; after Clear it does not', async () => {
    const port = new FakePort(sampleTables());
    render(<App port={port} />);
    fireEvent.click(screen.getByRole('button', { name: 'Check workbook' }));
    await screen.findByText(/sheets? read/, undefined, { timeout: 20000 });
    fireEvent.click(screen.getByRole('button', { name: 'Highlight' }));
    await screen.findByText(/^Highlighted \d+ cells\.$/);
    const uln04 = () => port.marks.filter((m) => m.sheet === 'Learner' && m.text.includes('ULN_04')).length;
    const first = uln04();

    // A new problem appears in the sheet (a ULN with a wrong check digit) and the user checks again.
    const broken = withCell(sampleTables(), 'Learner', 0, 'ULN', 1000000001);
    for (const t of broken) port.sheets.set(t.sheet, t);
    fireEvent.click(screen.getByRole('button', { name: 'Check workbook' }));
    await screen.findByText(/^Highlights updated: \d+ cells?\.$/, undefined, { timeout: 20000 });
    expect(uln04()).toBe(first + 1);

    fireEvent.click(screen.getByRole('button', { name: 'Clear highlights' }));
    await screen.findByText(/Highlights cleared/);
    const marksAfterClear = port.marks;
    fireEvent.click(screen.getByRole('button', { name: 'Check workbook' }));
    await screen.findByText(/sheets? read/, undefined, { timeout: 20000 });
    expect(screen.queryByText(/Highlights updated/)).toBeNull();
    expect(port.marks).toBe(marksAfterClear);
  }, 60000);
});
