/** @jest-environment jsdom */
import './jsdom-shims';
import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { App } from '../../../../src/taskpane/App';
import { FakePort, sampleTables } from './fake-port';

async function checked(port: FakePort) {
  render(<App port={port} />);
  fireEvent.click(screen.getByRole('button', { name: 'Check workbook' }));
  await screen.findByTestId('check-summary', {}, { timeout: 15000 });
}

describe('Check screen', () => {
  test('lists the findings grouped by rule with counts, errors before advice', async () => {
    const port = new FakePort(sampleTables(), ['Notes']);
    port.settings = { asOf: '2026-11-22' };
    await checked(port);
    expect(screen.getByTestId('check-summary').textContent).toMatch(/^55 errors, 8 warnings, \d+ advice — 15 sheets read, 2025-26 rules, as of 22\/11\/2026/);
    // R_07: two findings in one group
    const r07 = document.querySelector('[data-rule="R_07"]') as HTMLElement;
    expect(within(r07).getByRole('heading').textContent).toContain('R_07');
    expect(within(r07).getByRole('heading').textContent).toContain('(2)');
    expect(within(r07).getByText('Error')).toBeTruthy();
    expect(within(r07).getAllByRole('button')).toHaveLength(2);
    // ULN_03 warnings grouped: six of them
    const uln03 = document.querySelector('[data-rule="ULN_03"]') as HTMLElement;
    expect(within(uln03).getByRole('heading').textContent).toContain('(6)');
    // advice apart, labelled as Provider Support Manual advice
    const advice = screen.getByRole('region', { name: /Advice from the Provider Support Manual/ });
    expect(advice.querySelector('[data-rule="ADV_ContinuingPastPlannedEnd"]')).not.toBeNull();
    const official = screen.getByRole('region', { name: /Errors and warnings \(63\)/ });
    expect(official.querySelector('[data-rule^="ADV_"]')).toBeNull();
    // not-run rules listed apart, collapsed
    const notRun = screen.getByText(/Not run — needs reference data/).closest('details') as HTMLDetailsElement;
    expect(notRun.open).toBe(false);
    // what was run, what needs reference data, what is not implemented yet: never counted as passed
    expect(screen.getByTestId('check-coverage').textContent).toMatch(
      /^Of the 839 official 2025-26 rules, 642 were run; 196 need reference data ILR Workbench does not have, 1 is not implemented yet: those 197 were not run, and are not passed\.$/,
    );
    const notImplemented = screen.getByText(/Not implemented yet \(\d+ rules\)/).closest('details') as HTMLDetailsElement;
    expect(notImplemented.open).toBe(false);
    expect(notImplemented.querySelectorAll('li').length).toBeGreaterThan(0);
    const incomplete = screen.getByTestId('incomplete-code-lists') as HTMLDetailsElement;
    expect(incomplete.open).toBe(false);
    expect(incomplete.textContent).toMatch(/LearnDelFAMType:LDM \(\d+ codes known\)/);
    expect(incomplete.textContent).toMatch(/LearnFAMType:EMH \(no codes known\)/);
    expect(port.progressCalls).toBe(15);
  }, 30000);

  test('selecting a finding calls selectCell with its sheet and cell', async () => {
    const port = new FakePort(sampleTables());
    port.settings = { asOf: '2026-11-22' };
    await checked(port);
    const uln04 = document.querySelector('[data-rule="ULN_04"]') as HTMLElement;
    fireEvent.click(within(uln04).getByRole('button', { name: /Go to Learner!F18/ }));
    await waitFor(() => expect(port.selected).toEqual([{ sheet: 'Learner', cell: 'F18' }]));
  }, 30000);

  test('the severity and rule filters narrow the list', async () => {
    const port = new FakePort(sampleTables());
    port.settings = { asOf: '2026-11-22' };
    await checked(port);
    fireEvent.change(screen.getByLabelText('Severity'), { target: { value: 'error' } });
    expect(screen.getByRole('region', { name: /Errors and warnings \(55\)/ })).toBeTruthy();
    expect(screen.getByRole('region', { name: /Advice from the Provider Support Manual \(0\)/ })).toBeTruthy();
    fireEvent.change(screen.getByLabelText('Rule'), { target: { value: 'ULN_04' } });
    expect(screen.getByRole('region', { name: /Errors and warnings \(1\)/ })).toBeTruthy();
    fireEvent.change(screen.getByLabelText('Sheet'), { target: { value: 'LearningDelivery' } });
    expect(screen.getByRole('region', { name: /Errors and warnings \(0\)/ })).toBeTruthy();
  }, 30000);

  test('Highlight marks every located finding with "RuleID: message"; Clear asks the port to clear', async () => {
    const port = new FakePort(sampleTables());
    port.settings = { asOf: '2026-11-22' };
    await checked(port);
    fireEvent.click(screen.getByRole('button', { name: 'Highlight' }));
    await waitFor(() => expect(port.marks.length).toBeGreaterThan(0));
    const f18 = port.marks.find((m) => m.sheet === 'Learner' && m.cell === 'F18');
    expect(f18?.text).toMatch(/^ULN_04: /);
    fireEvent.click(screen.getByRole('button', { name: 'Clear highlights' }));
    await waitFor(() => expect(port.cleared).toBe(1));
    expect(await screen.findByText(/your own formatting is as it was/)).toBeTruthy();
  }, 30000);

  test('only the year layout sheets and Return are read; a workbook with none says so', async () => {
    const port = new FakePort([{ sheet: 'Notes', headerRow: 1, firstColumn: 1, headers: ['x'], rows: [['y']] }]);
    const spy = jest.spyOn(port, 'readSheet');
    await checked(port);
    expect(spy).not.toHaveBeenCalled();
    expect(screen.getByText(/No ILR sheets found/)).toBeTruthy();
  }, 30000);
});

describe('keyboard and labels', () => {
  test('the Check button is reachable by Tab and labelled; Enter runs it', async () => {
    const port = new FakePort(sampleTables());
    render(<App port={port} />);
    const button = screen.getByRole('button', { name: 'Check workbook' });
    expect(button.getAttribute('tabindex')).not.toBe('-1');
    // the tab list is one tab stop; the next focusable element is the Check button
    const focusables = [...document.querySelectorAll<HTMLElement>('button, [href], input, select, textarea, [tabindex]')].filter(
      (el) => el.getAttribute('tabindex') !== '-1' && !(el as HTMLButtonElement).disabled,
    );
    const tabStops = focusables.filter((el) => el.getAttribute('role') !== 'tab' || el.getAttribute('aria-selected') === 'true');
    expect(tabStops.indexOf(button)).toBe(1);
    for (const tab of screen.getAllByRole('tab')) expect(tab.textContent).toBeTruthy();
    button.focus();
    expect(document.activeElement).toBe(button);
    fireEvent.click(button); // a focused <button> activates on Enter via the browser's click
    await screen.findByTestId('check-summary', {}, { timeout: 15000 });
  }, 30000);
});
