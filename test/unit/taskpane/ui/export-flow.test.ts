import { createHash } from 'crypto';
import { readFileSync } from 'fs';
import { readTables } from '../../../../src/core/sheet/read-tables';
import { readIlrXml } from '../../../../src/core/xml/read-xml';
import type { Finding } from '../../../../src/core/rules/types';
import { applyHeaderFields, buildExport, exportGate, headerFieldsOf, nextSerial } from '../../../../src/taskpane/app/export-flow';
import { ESFA_SAMPLE, FakePort, sampleTables, withCell } from './fake-port';

const f = (severity: Finding['severity'], cell?: string): Finding => ({
  rule: 'X_01',
  severity,
  message: 'm',
  entity: 'Learner',
  ...(cell ? { location: { sheet: 'Learner', cell } } : { learnRefNumber: 'L1' }),
});

describe('export gate', () => {
  test('errors refuse, naming how many and the first few places', () => {
    const g = exportGate([f('warning', 'A1'), f('error', 'B2'), f('error'), f('error', 'C3'), f('error', 'D4')], 3);
    expect(g).toEqual({ kind: 'refuse', errors: 4, where: ['Learner!B2', 'learner L1', 'Learner!C3'] });
  });
  test('warnings alone ask to confirm; advice alone passes', () => {
    expect(exportGate([f('warning', 'A1'), f('advice', 'A2')])).toEqual({ kind: 'confirm', warnings: 1 });
    expect(exportGate([f('advice', 'A2')])).toEqual({ kind: 'ok' });
  });
  test('next serial number', () => {
    expect(nextSerial('01')).toBe('02');
    expect(nextSerial('9')).toBe('10');
    expect(nextSerial('')).toBe('01');
    expect(nextSerial('99')).toBe('99');
  });
});

describe('buildExport', () => {
  test('writes the XSD-valid file with its official name, logs it with the SHA-256 of its bytes and proposes the next serial', async () => {
    const port = new FakePort();
    const msg = readTables(sampleTables(), { year: '2526' }).message;
    const out = await buildExport(port, msg, new Date('2026-11-22T10:00:00Z'));
    if (out.kind !== 'file') throw new Error(`expected a file, got ${JSON.stringify(out)}`);
    // named for the moment of export (10:00 UTC on 22 November 2026 is 10:00 in London), not the DateTime of the imported file
    expect(out.fileName).toBe('ILR-99999999-2526-20261122-100000-01.XML');
    expect(new TextDecoder().decode(out.bytes)).toContain('<DateTime>2026-11-22T10:00:00</DateTime>');
    expect(out.entry.sha256).toBe(createHash('sha256').update(out.bytes).digest('hex'));
    expect(port.log).toEqual([
      { exportedAt: '2026-11-22T10:00:00.000Z', fileName: out.fileName, serialNo: '01', learners: 19, deliveries: 35, destinations: 0, sha256: out.entry.sha256 },
    ]);
    expect(out.nextSerial).toBe('02');
    // the file reads back as the same learners
    expect(readIlrXml(new TextDecoder().decode(out.bytes)).root.children.Learner).toHaveLength(19);
  }, 30000);

  test('refuses a file the XSD would reject, with the violations described', async () => {
    const port = new FakePort();
    const tables = withCell(sampleTables(), 'Learner', 0, 'FamilyName', 'x'.repeat(200));
    const msg = readTables(tables, { year: '2526' }).message;
    const out = await buildExport(port, msg);
    expect(out.kind).toBe('invalid');
    if (out.kind === 'invalid') expect(out.messages.join('\n')).toMatch(/FamilyName/);
    expect(port.log).toEqual([]);
  }, 30000);

  test('the pane UKPRN and serial number go into the header', () => {
    const msg = readIlrXml(readFileSync(ESFA_SAMPLE, 'utf8'));
    applyHeaderFields(msg, { ukprn: '10000001', serialNo: '07' });
    expect(headerFieldsOf(msg)).toEqual({ ukprn: '10000001', serialNo: '07' });
  });
});
