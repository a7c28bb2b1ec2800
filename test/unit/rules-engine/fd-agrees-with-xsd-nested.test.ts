import { readFileSync } from 'node:fs';
import { messageFrom } from '../../../src/core/model/build';
import { addChild, setField, type IlrRecord } from '../../../src/core/model/record';
import { runRules } from '../../../src/core/rules/engine';
import { fdRulesFor } from '../../../src/core/rules/field-definition/fd-rules';
import { readIlrXml } from '../../../src/core/xml/read-xml';
import { emptyReport, writeXmlString } from '../../../src/core/xml/write-xml';
import { validateForYear } from '../../../src/core/xml/validate-xsd';
import { years } from '../../../src/core/years/registry';
import { ESFA_SAMPLE_2526, SYNTHETIC_2021 } from '../../helpers/xmllint';

/**
 * Cross-check of the FD rules against the official XSD on every record type the files hold (FAMs, employment status
 * and its monitoring, HE, work placement, financial records, provider monitoring, prior attainment, LLDD, and the
 * 2020-21 Destination and Progression records): the first record of each type in a valid file is the template; each
 * of its fields gets each awkward value in a copy of its learner. A copy is flagged by FD exactly when xmllint rejects it.
 */
const AWKWARD = ['x', 'é', '-1', '0', '1.5', '123456789012', 'A'.repeat(101), '2025-02-30', '31/12/2025', '9999999999', '#N/A', 'ABCDEFGHIJKLMNOPQRSTUVWXYZ'];

interface Flat {
  rec: IlrRecord;
  path: string;
}

function flatten(rec: IlrRecord, path: string, out: Flat[] = []): Flat[] {
  out.push({ rec, path });
  for (const [name, list] of Object.entries(rec.children)) for (const c of list) flatten(c, `${path}/${name}`, out);
  return out;
}

describe.each([
  ['2526', ESFA_SAMPLE_2526],
  ['2021', SYNTHETIC_2021],
])('FD rules agree with the %s XSD on nested records', (yearCode, file) => {
  it('flag a copy exactly when xmllint rejects it', async () => {
    const year = years.get(yearCode);
    const source = readIlrXml(readFileSync(file, 'utf8'), years);
    const msg = messageFrom(yearCode, {});
    const cases: { ref: string; where: string; value: string }[] = [];
    const seen = new Set<string>();
    let n = 0;
    for (const top of ['Learner', 'LearnerDestinationandProgression']) {
      for (const template of source.root.children[top] ?? []) {
        const flat = flatten(template, `Message/${top}`);
        flat.forEach(({ path }, k) => {
          if (k === 0 && top === 'Learner') return; // the Learner's own fields are covered by fd-agrees-with-xsd.test.ts
          if (seen.has(path)) return;
          seen.add(path);
          const decl = year.schema.byPath.get(path);
          if (!decl?.children) return;
          for (const field of decl.children.filter((c) => c.simple && !(k === 0 && c.name === 'LearnRefNumber'))) {
            for (const value of AWKWARD) {
              const copy = structuredClone(template);
              const ref = `M${++n}`;
              setField(copy, 'LearnRefNumber', ref);
              setField(flatten(copy, '')[k]!.rec, field.name, value);
              addChild(msg.root, copy);
              cases.push({ ref, where: `${path}/${field.name}`, value });
            }
          }
        });
      }
    }
    const flagged = new Set(runRules(msg, fdRulesFor(msg.year), { asOf: '2025-10-01' }).map((f) => f.learnRefNumber));
    const report = emptyReport();
    const rejected = new Set((await validateForYear(writeXmlString(msg, report), year, report)).map((v) => v.learnRefNumber));
    const disagreements = cases
      .filter((c) => flagged.has(c.ref) !== rejected.has(c.ref))
      .map((c) => `${c.where} = ${JSON.stringify(c.value)}: FD ${flagged.has(c.ref) ? 'flags' : 'passes'}, XSD ${rejected.has(c.ref) ? 'rejects' : 'accepts'}`);
    expect(disagreements).toEqual([]);
    expect(seen.size).toBeGreaterThan(yearCode === '2526' ? 12 : 4);
    expect(rejected.size).toBeGreaterThan(50);
  }, 60_000);
});
