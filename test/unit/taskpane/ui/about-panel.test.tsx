/** @jest-environment jsdom */
import './jsdom-shims';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { act, fireEvent, render, screen } from '@testing-library/react';
import { App } from '../../../../src/taskpane/App';
import { FakePort } from './fake-port';

const pkg = JSON.parse(readFileSync(join(__dirname, '../../../../package.json'), 'utf8')) as { version: string };

describe('About screen', () => {
  test('shows the version from package.json, the bundled collection years and where the pane was loaded from', async () => {
    await act(async () => {
      render(<App port={new FakePort()} />);
    });
    fireEvent.click(screen.getByRole('tab', { name: 'About' }));
    expect(screen.getByRole('heading', { name: 'About ILR Workbench' })).toBeTruthy();
    expect(screen.getByTestId('about-version').textContent).toBe(pkg.version);
    expect(screen.getByTestId('about-years').textContent).toMatch(/^2025-26, 2020-21 \(official XSDs bundled; the newest is the default\)$/);
    expect(screen.getByTestId('about-served-from').textContent).toBe(new URL('.', document.baseURI).href);
    const help = screen.getByRole('link', { name: 'Help page' }) as HTMLAnchorElement;
    expect(help.getAttribute('href')).toBe('help.html');
  });

  // Arrow-key movement between tabs is Fluent's (Tabster), which needs a real browser: the browser test for a deployed
  // build (test/browser/deploy-run.mjs) reaches About with Tab and the arrow keys and opens it with Enter.
  test('is the last tab of the labelled tab list, a native button (Enter and Space activate it)', async () => {
    await act(async () => {
      render(<App port={new FakePort()} />);
    });
    const list = screen.getByRole('tablist', { name: 'ILR Workbench screens' });
    const tabs = screen.getAllByRole('tab');
    const about = screen.getByRole('tab', { name: 'About' });
    expect(tabs).toHaveLength(6);
    expect(tabs[5]).toBe(about);
    expect(list.contains(about)).toBe(true);
    expect(about.tagName).toBe('BUTTON');
    expect(about.getAttribute('aria-selected')).toBe('false');
    fireEvent.click(about);
    expect(about.getAttribute('aria-selected')).toBe('true');
    expect(screen.getByRole('tabpanel', { name: 'about' }).textContent).toContain('About ILR Workbench');
  });

  test('outside Excel (no workbook) the pane still shows About, for checking a deployment in a browser', () => {
    render(<App />);
    expect(screen.getByText(/Open ILR Workbench from Excel/)).toBeTruthy();
    expect(screen.getByTestId('about-version').textContent).toBe(pkg.version);
  });
});
