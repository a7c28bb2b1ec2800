/**
 * Issue 13 (scale) for the command line: `ilr check --format json` writes the report in pieces — the findings a few
 * hundred to a write — never as one huge string, in the same JSON shape as before (README): the ESFA sample's report
 * parses, has the documented keys in their order, and carries every finding of the check.
 */
import { readFileSync } from 'node:fs';
import { FINDINGS_PER_WRITE } from '../../../src/cli/commands/json-report';
import { main } from '../../../src/cli/main';
import { runChecks } from '../../../src/core/rules/check';
import { readIlrXml } from '../../../src/core/xml/read-xml';
import { CLI_TEST_TIMEOUT_MS } from '../../helpers/run-cli';
import { ESFA_SAMPLE_2526 } from '../../helpers/xmllint';

jest.setTimeout(CLI_TEST_TIMEOUT_MS);

const TOP_KEYS = ['year', 'input', 'asOf', 'findings', 'counts', 'rules', 'notRun', 'notImplemented', 'incompleteCodeLists'];
const FINDING_KEYS = ['rule', 'severity', 'message', 'learnRefNumber', 'aimSeqNumber', 'entity', 'field', 'value', 'location', 'related'];
const RULES_KEYS = ['listYear', 'official', 'ran', 'needsReferenceData', 'notImplemented', 'switchedOff'];

test('ilr check --format json on the ESFA sample: streamed, parses, same shape and findings as the check', async () => {
  const writes: string[] = [];
  const err: string[] = [];
  const code = await main(['check', ESFA_SAMPLE_2526, '--format', 'json', '--as-of', '2025-01-08'], {
    out: (l) => writes.push(l),
    err: (l) => err.push(l),
    cwd: process.cwd(),
  });
  expect(err).toEqual([]);
  const report = JSON.parse(writes.join('\n')) as Record<string, unknown> & { findings: Record<string, unknown>[]; counts: Record<string, number> };
  expect(Object.keys(report)).toEqual(TOP_KEYS);
  expect(Object.keys(report.rules as object).slice(0, RULES_KEYS.length)).toEqual(RULES_KEYS);

  const expected = runChecks(readIlrXml(readFileSync(ESFA_SAMPLE_2526, 'utf8')), { asOf: '2025-01-08' });
  expect(report.year).toBe(expected.year);
  expect(report.asOf).toBe('2025-01-08');
  expect(report.counts).toEqual(expected.counts);
  expect(code).toBe(expected.counts.error > 0 ? 1 : 0);
  expect(report.findings.map((f) => [f.rule, f.severity, f.message, f.learnRefNumber])).toEqual(
    expected.findings.map((f) => [f.rule, f.severity, f.message, f.learnRefNumber]),
  );
  for (const f of report.findings) {
    const keys = Object.keys(f);
    expect(keys).toEqual(FINDING_KEYS.filter((k) => keys.includes(k))); // the documented keys, in order
    if (f.location) expect(Object.keys(f.location as object)).toEqual(['line']);
  }
  expect(report.findings.length).toBeGreaterThan(0);
  // in pieces: a head, the findings in batches, a tail
  expect(writes.length).toBe(2 + Math.ceil(report.findings.length / FINDINGS_PER_WRITE));
  expect(writes[0]).toMatch(/^\{"year":"2526","input":".*","asOf":"2025-01-08","findings":\[$/);
});
