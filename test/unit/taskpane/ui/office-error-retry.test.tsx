/** @jest-environment jsdom */
import './jsdom-shims';
import { fireEvent, render, screen, within } from '@testing-library/react';
import { App } from '../../../../src/taskpane/App';
import { CheckPanel, highlightText } from '../../../../src/taskpane/components/CheckPanel';
import { DEFAULT_PANE_SETTINGS } from '../../../../src/taskpane/app/settings-model';
import { FakePort } from './fake-port';

const cellEditMode = () =>
  Object.assign(new Error('The operation failed because Excel is in cell-edit mode.'), { name: 'RichApi.Error', code: 'InvalidOperationInCellEditMode', debugInfo: {} });

describe('Excel errors in the pane', () => {
  test('a cell being edited: the plain message, Excel\'s text under Details, and Retry that works once the user is done', async () => {
    const port = new FakePort([]);
    let busy = true;
    port.sheetNames = async () => {
      if (busy) throw cellEditMode();
      return [];
    };
    render(<App port={port} />);
    fireEvent.click(screen.getByRole('button', { name: 'Check workbook' }));
    const alert = await screen.findByTestId('check-error', {}, { timeout: 10000 });
    expect(alert.textContent).toContain('The check could not finish: Excel is busy while you are editing a cell: press Enter or Esc, then Retry.');
    expect(alert.getAttribute('data-error-code')).toBe('InvalidOperationInCellEditMode');
    const details = alert.querySelector('details')!;
    expect(within(details as HTMLElement).getByText('Details')).toBeTruthy();
    expect(details.textContent).toContain('InvalidOperationInCellEditMode: The operation failed because Excel is in cell-edit mode.');
    busy = false;
    fireEvent.click(within(alert).getByRole('button', { name: 'Retry' }));
    expect(await screen.findByText(/No ILR sheets found/, {}, { timeout: 10000 })).toBeTruthy();
    expect(screen.queryByTestId('check-error')).toBeNull();
  }, 30000);

  test('an error of the add-in\'s own is shown as it is, without Retry or Details', async () => {
    const port = new FakePort([]);
    port.clearHighlights = async () => {
      throw new Error('The marks record is damaged.');
    };
    render(<CheckPanel port={port} settings={DEFAULT_PANE_SETTINGS} onChecked={() => undefined} />);
    fireEvent.click(screen.getByRole('button', { name: 'Clear highlights' }));
    const alert = await screen.findByTestId('check-error');
    expect(alert.textContent).toBe('The marks record is damaged.');
    expect(within(alert).queryByRole('button', { name: 'Retry' })).toBeNull();
    expect(alert.querySelector('details')).toBeNull();
  }, 30000);
});

describe('what Highlight says on an older Excel', () => {
  test.each([
    [{ cells: 3, notes: 3, coloured: true, notesSupported: true }, 'success', 'Highlighted 3 cells.'],
    [{ cells: 3, notes: 0, coloured: true, notesSupported: false }, 'success', 'Highlighted 3 cells (colour only: this version of Excel cannot add notes'],
    [{ cells: 0, notes: 0, coloured: false, notesSupported: false }, 'warning', 'cannot colour cells or add notes'],
  ] as const)('%j', (outcome, intent, text) => {
    const said = highlightText(3, outcome);
    expect(said.intent).toBe(intent);
    expect(said.text).toContain(text);
  });
});
