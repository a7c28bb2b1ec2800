import { FINDINGS_PER_WRITE, mapped, writeJsonReport } from './json-report';

function written(report: Record<string, unknown> & { findings: Iterable<unknown> }): string[] {
  const writes: string[] = [];
  writeJsonReport({ out: (l) => writes.push(l) }, report);
  return writes;
}

describe('writeJsonReport', () => {
  test.each([0, 1, FINDINGS_PER_WRITE - 1, FINDINGS_PER_WRITE, FINDINGS_PER_WRITE + 1, 3 * FINDINGS_PER_WRITE + 7])(
    '%i findings: the text is exactly what JSON.stringify writes, give or take line breaks',
    (n) => {
      const findings = Array.from({ length: n }, (_, i) => ({ rule: `R_${i}`, severity: 'error', message: 'a "quoted"\nmessage', value: i % 3 ? undefined : `v${i}`, related: i % 2 ? [{ a: 1 }] : undefined }));
      const report = { year: '2526', input: 'x.xml', asOf: '2026-01-31', findings, counts: { error: n }, rules: { note: undefined, ran: 3 }, skipped: undefined };
      const writes = written(report);
      const text = writes.join('\n');
      expect(JSON.stringify(JSON.parse(text))).toBe(JSON.stringify(report));
      // in pieces: never more than FINDINGS_PER_WRITE findings in one write
      expect(writes.length).toBe(2 + Math.ceil(n / FINDINGS_PER_WRITE));
      for (const w of writes) expect(w.split('\n').length).toBeLessThanOrEqual(FINDINGS_PER_WRITE);
    },
  );

  test('findings are taken one at a time from an iterable (no second array of them all)', () => {
    let made = 0;
    const source = Array.from({ length: 2 * FINDINGS_PER_WRITE + 1 }, (_, i) => i);
    const seenAtWrite: number[] = [];
    writeJsonReport(
      {
        out: () => {
          seenAtWrite.push(made);
        },
      },
      {
        year: 'y',
        findings: mapped(source, (i) => {
          made++;
          return { i };
        }),
      },
    );
    // the first batch is written before the later findings are made
    expect(seenAtWrite[1]).toBeLessThan(source.length);
    expect(made).toBe(source.length);
  });

  test('a report with findings first or last keeps its key order', () => {
    const a = { findings: [{ x: 1 }], b: 2 };
    const b = { a: 1, findings: [] as unknown[] };
    expect(written(a).join('\n')).toBe('{"findings":[\n{"x":1}\n],"b":2}');
    expect(JSON.stringify(JSON.parse(written(b).join('\n')))).toBe(JSON.stringify(b));
  });
});
