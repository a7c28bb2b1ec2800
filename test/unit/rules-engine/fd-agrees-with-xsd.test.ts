import { messageFrom, type RecordSpec } from '../../../src/core/model/build';
import { runRules } from '../../../src/core/rules/engine';
import { fdRulesFor } from '../../../src/core/rules/field-definition/fd-rules';
import { emptyReport, writeXmlString } from '../../../src/core/xml/write-xml';
import { validateForYear } from '../../../src/core/xml/validate-xsd';
import { years } from '../../../src/core/years/registry';

/**
 * Cross-check of the generated FD rules against the official XSD (libxml2): every Learner and LearningDelivery field
 * of the year gets each of a set of awkward values, one learner per (field, value); a learner is flagged by the FD
 * rules exactly when xmllint rejects its record.
 */
// ('' is left out: the model reads a blank as not returned — FD_*_MA for a mandatory field, nothing for an optional one —
// while the XML writer at the time of writing emits an empty element for it, which the XSD rejects; see the report.)
const AWKWARD = ['x', 'é', '-1', '0', '1.5', '123456789012', 'A'.repeat(101), '2025-02-30', '31/12/2025', '45901', '9999999999', '#N/A', 'a"b'];

function base(year: string, i: number): { learner: RecordSpec; aim: RecordSpec } {
  const start = year === '2021' ? '2020-09-01' : '2025-09-01';
  const end = year === '2021' ? '2021-06-30' : '2026-06-30';
  return {
    learner: { LearnRefNumber: `L${i}`, ULN: '1061484938', Ethnicity: 31, Sex: 'F', LLDDHealthProb: 2, PostcodePrior: 'ZZ99 9ZZ', Postcode: 'ZZ99 9ZZ' },
    aim: { LearnAimRef: 'ZPROG001', AimType: 1, AimSeqNumber: 1, LearnStartDate: start, LearnPlanEndDate: end, FundModel: 35, DelLocPostCode: 'ZZ99 9ZZ', CompStatus: 1 },
  };
}

describe.each(['2526', '2021'])('FD rules agree with the %s XSD', (yearCode) => {
  it('flag a learner exactly when xmllint rejects it', async () => {
    const year = years.get(yearCode);
    const learnerDecl = year.schema.byPath.get('Message/Learner')!;
    const aimDecl = year.schema.byPath.get('Message/Learner/LearningDelivery')!;
    const cases: { ref: string; entity: string; field: string; value: string }[] = [];
    const learners: RecordSpec[] = [];
    let i = 0;
    for (const [entity, decl] of [['Learner', learnerDecl], ['LearningDelivery', aimDecl]] as const) {
      for (const field of decl.children!.filter((c) => c.simple && c.name !== 'LearnRefNumber')) {
        for (const value of AWKWARD) {
          i++;
          const { learner, aim } = base(yearCode, i);
          if (entity === 'Learner') learner[field.name] = value;
          else aim[field.name] = value;
          learners.push({ ...learner, LearningDelivery: [aim] });
          cases.push({ ref: `L${i}`, entity, field: field.name, value });
        }
      }
    }
    const msg = messageFrom(yearCode, { Learner: learners });
    const flagged = new Set(runRules(msg, fdRulesFor(msg.year), { asOf: '2025-10-01' }).map((f) => f.learnRefNumber));
    const report = emptyReport();
    const xml = writeXmlString(msg, report);
    const rejected = new Set((await validateForYear(xml, year, report)).map((v) => v.learnRefNumber));
    const disagreements = cases
      .filter((c) => flagged.has(c.ref) !== rejected.has(c.ref))
      .map((c) => `${c.entity}.${c.field} = ${JSON.stringify(c.value)}: FD ${flagged.has(c.ref) ? 'flags' : 'passes'}, XSD ${rejected.has(c.ref) ? 'rejects' : 'accepts'}`);
    expect(disagreements).toEqual([]);
    expect(cases.length).toBeGreaterThan(400);
    expect(rejected.size).toBeGreaterThan(200);
  }, 60_000);
});
