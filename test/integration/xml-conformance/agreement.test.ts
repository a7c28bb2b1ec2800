import { writeFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { baseDocuments, checkXmlAgreement, MUTATION_KINDS, xmlMutants } from '../../helpers/xml-mutants';
import { xmllintValidate, xsdFor } from '../../helpers/xmllint';

jest.setTimeout(120_000);

describe('XML schema conformance: ilr xml agrees with libxml2 (system xmllint) on a mutation corpus', () => {
  test('the unmutated bases, as the mutant writer writes them, are valid (else every verdict below is meaningless)', () => {
    const dir = mkdtempSync(join(tmpdir(), 'ilr-bases-'));
    for (const b of baseDocuments()) {
      const f = join(dir, `${b.label}.xml`);
      writeFileSync(f, b.bytes);
      expect(xmllintValidate(f, xsdFor(b.label))).toMatchObject({ valid: true });
    }
  });

  test('the generator is deterministic and covers every kind of mutation on both samples', () => {
    const a = xmlMutants(7, 60);
    const b = xmlMutants(7, 60);
    expect(a.map((m) => m.name)).toEqual(b.map((m) => m.name));
    expect(a.map((m) => Buffer.from(m.bytes).toString('base64'))).toEqual(b.map((m) => Buffer.from(m.bytes).toString('base64')));
    expect(new Set(a.map((m) => m.kind))).toEqual(new Set(MUTATION_KINDS));
    expect(new Set(a.map((m) => m.label))).toEqual(new Set(['2025-26', '2020-21']));
  });

  test('350 mutants: ilr xml refuses exactly what xmllint refuses, or writes a file xmllint accepts saying what it normalised', async () => {
    const mutants = xmlMutants(20261207, 350);
    const result = await checkXmlAgreement(mutants);
    console.log(`libxml2 agreement: ${result.agree}/${result.total} (${result.refusedByBoth} refused by both, ${result.normalised} normalised and then valid)`);
    expect(result.disagreements).toEqual([]);
    expect(result.agree).toBe(350);
    // the corpus is not trivially one-sided
    expect(result.refusedByBoth).toBeGreaterThan(100);
    expect(result.total - result.refusedByBoth).toBeGreaterThan(50);
  });
});
