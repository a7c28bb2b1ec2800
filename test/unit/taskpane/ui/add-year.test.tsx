/** @jest-environment jsdom */
import './jsdom-shims';
import { fireEvent, render, screen, within } from '@testing-library/react';
import { App } from '../../../../src/taskpane/App';
import { years } from '../../../../src/core/years/registry';
import { readNewYear, storedYearsXml } from '../../../../src/core/years/stored-years';
import { likely2627 } from '../../../helpers/fake-year';
import { FakePort } from './fake-port';

// each test renders the whole pane; on a shared, busy machine that can take longer than jest's default 5 s
jest.setTimeout(30_000);

/** A file the user picks (jsdom's File has no text()). */
function xsdFile(name: string, text: string): File {
  const f = new File([text], name, { type: 'application/xml' });
  Object.defineProperty(f, 'text', { value: async () => text });
  return f;
}

async function openSettings(port: FakePort) {
  render(<App port={port} />);
  fireEvent.click(screen.getByRole('tab', { name: 'Settings' }));
  await screen.findByRole('heading', { name: 'Add a collection year' });
}

const yearOptions = () => within(screen.getByRole('combobox', { name: 'Collection year' })).getAllByRole('option').map((o) => o.textContent);

// The year registry is the pane's and the functions' one (a shared runtime): these tests run in order.
describe('Settings → Add a collection year', () => {
  it('a year saved with the workbook is there when the pane opens again, and the saved settings can name it', async () => {
    const port = new FakePort();
    port.addedYears = storedYearsXml(readNewYear(likely2627(), 'ILR-2026-27.xsd', [], '2026-12-07T10:00:00Z').stored);
    port.settings = { year: '2627' };
    expect(years.codes()).toEqual(['2021', '2526']);
    await openSettings(port);
    await screen.findByRole('option', { name: '2026-27' });
    expect(years.get('2627').namespace).toBe('ESFA/ILR/2026-27');
    expect((screen.getByRole('combobox', { name: 'Collection year' }) as HTMLSelectElement).value).toBe('2627');
    // the settings loaded: the ILR.* cells are worked out again with them
    expect(port.recalculations).toBe(1);
    fireEvent.click(screen.getByRole('button', { name: 'Save settings' }));
    await screen.findByText('Settings saved with the workbook.');
    expect(port.recalculations).toBe(2);
  });

  it('a bad file gets the reason and changes nothing', async () => {
    const port = new FakePort();
    await openSettings(port);
    fireEvent.change(screen.getByLabelText('Official XSD file'), { target: { files: [xsdFile('notes.xsd', '<xs:schema xmlns:xs="http://www.w3.org/2001/XMLSchema"/>')] } });
    expect((await screen.findByRole('alert')).textContent).toMatch(/^notes\.xsd: not an ILR schema .*Nothing was changed\.$/);
    expect(port.addedYears).toBeUndefined();
    expect(screen.queryByTestId('year-preview')).toBeNull();
  });

  it('shows the year and what it changes, and keeps it with the workbook when the user adds it', async () => {
    const port = new FakePort();
    await openSettings(port);
    fireEvent.change(screen.getByLabelText('Official XSD file'), { target: { files: [xsdFile('ILR-2026-27.xsd', likely2627())] } });
    const preview = await screen.findByTestId('year-preview');
    expect(preview.textContent).toContain('2026-27 (year code 2627, namespace ESFA/ILR/2026-27). Against 2025-26:');
    expect(within(preview).getAllByRole('listitem').map((li) => li.textContent)).toEqual([
      'removed: Learner/LearningDelivery/LearningDeliveryHE/FUNDCOMP',
      'changed: Learner/LearningDelivery/EPAOrgID — maximum length 7 → 8',
    ]);
    expect(port.addedYears).toBeUndefined(); // nothing kept before the user says so
    fireEvent.click(within(preview).getByRole('button', { name: 'Add 2026-27' }));
    expect((await screen.findByRole('status')).textContent).toMatch(/2026-27 added and saved with this workbook/);
    expect(port.addedYears).toContain('code="2627"');
    expect(yearOptions()).toContain('2026-27');
    // the ILR.* cells are worked out again: on the settings' load, and once the year is added
    expect(port.recalculations).toBe(2);
  });

  it('saved years that cannot be read are said when the pane opens, and the pane still works', async () => {
    const port = new FakePort();
    port.addedYears = '<other/>';
    render(<App port={port} />);
    expect((await screen.findByText(/the saved collection years are not in ILR Workbench's form: ignored/)).textContent).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Check workbook' })).toBeTruthy();
  });
});
