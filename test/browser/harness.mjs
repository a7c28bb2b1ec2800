// Steps with pass/fail counts for the browser test; each step's failure is reported and the run goes on where it can.
export class Harness {
  constructor() {
    this.passed = 0;
    this.failed = 0;
    this.failures = [];
  }

  async step(name, fn) {
    const t0 = Date.now();
    try {
      await fn();
      this.passed++;
      console.log(`ok   ${name} (${Date.now() - t0} ms)`);
      return true;
    } catch (e) {
      this.failed++;
      this.failures.push(name);
      console.log(`FAIL ${name}: ${e instanceof Error ? e.message.split('\n').slice(0, 6).join('\n     ') : String(e)}`);
      return false;
    }
  }

  summary() {
    return `${this.passed} passed, ${this.failed} failed`;
  }
}

export function assert(cond, message) {
  if (!cond) throw new Error(message);
}

export function assertEqual(actual, expected, message) {
  const a = JSON.stringify(actual);
  const e = JSON.stringify(expected);
  if (a !== e) throw new Error(`${message}: expected ${e}, got ${a}`);
}

/**
 * Export → Create ILR file (confirming "Create anyway" when the check has warnings) → the download the pane offers:
 * the same steps in both browser tests.
 */
export async function exportDownload(page) {
  await page.getByRole('tab', { name: 'Export' }).click();
  await page.getByRole('button', { name: 'Create ILR file' }).click();
  const anyway = page.getByRole('button', { name: 'Create anyway' });
  const link = page.getByTestId('download-link');
  await Promise.race([anyway.waitFor({ timeout: 60_000 }), link.waitFor({ timeout: 60_000 })]);
  if (await anyway.isVisible()) await anyway.click();
  await link.waitFor({ timeout: 60_000 });
  const [download] = await Promise.all([page.waitForEvent('download'), link.click()]);
  return download;
}
