import { messageFrom } from '../../../src/core/model/build';
import { YearRegistry } from '../../../src/core/years/registry';
import { runRules } from '../../../src/core/rules/engine';
import { fdRulesFor } from '../../../src/core/rules/field-definition/fd-rules';
import { fake2627 } from '../../helpers/fake-year';

/** A would-be 2026-27 XSD with an element no bundled year has (what a user might load with --xsd). */
function xsdWithNewElement(): string {
  const newElement =
    '<xs:element name="TestNewField" minOccurs="0"><xs:simpleType><xs:restriction base="xs:string"><xs:maxLength value="3"/></xs:restriction></xs:simpleType></xs:element>\n';
  return fake2627().replace('<xs:element name="FamilyName" minOccurs="0">', `${newElement}<xs:element name="FamilyName" minOccurs="0">`);
}

describe('FD rules for a year added at run time', () => {
  const registry = new YearRegistry();
  const year = registry.register(xsdWithNewElement(), 'test 2026-27.xsd');
  const learner = (extra: Record<string, string>) => ({
    Learner: [
      {
        LearnRefNumber: 'L1', ULN: '1061484938', Ethnicity: 31, Sex: 'F', LLDDHealthProb: 2, PostcodePrior: 'ZZ99 9ZZ', Postcode: 'ZZ99 9ZZ',
        ...extra,
        LearningDelivery: [{ LearnAimRef: 'ZPROG001', AimType: 1, AimSeqNumber: 1, LearnStartDate: '2026-09-01', LearnPlanEndDate: '2027-06-30', FundModel: 35, DelLocPostCode: 'ZZ99 9ZZ', CompStatus: 1 }],
      },
    ],
  });

  const rules = fdRulesFor(year);

  it('derive the checks from the new XSD: known elements keep their rule IDs', () => {
    expect(year.code).toBe('2627');
    const f = runRules(messageFrom('2627', learner({ ULN: '12345678901' }), registry), rules, { asOf: '2026-10-01' });
    expect(f.map((x) => x.rule)).toEqual(['FD_ULN_AL']);
  });

  it("give a new element its own FD rule, generated from the new year's XSD", () => {
    expect(rules.map((r) => r.id)).toContain('FD_TestNewField_AL');
    const f = runRules(messageFrom('2627', learner({ TestNewField: 'ABCD' }), registry), rules, { asOf: '2026-10-01' });
    expect(f).toHaveLength(1);
    expect(f[0]).toMatchObject({ rule: 'FD_TestNewField_AL', field: 'TestNewField', value: 'ABCD' });
    expect(f[0]!.message).toMatch(/TestNewField.*at most 3 characters/);
    expect(runRules(messageFrom('2627', learner({ TestNewField: 'ABC' }), registry), rules, { asOf: '2026-10-01' })).toEqual([]);
  });

  it("change with the year's XSD: a changed length is checked as the new year says", () => {
    const longer = registry.register(fake2627().replace(/(<xs:element name="ULN">[\s\S]*?)<xs:maxInclusive value="9999999999"\/>/, '$1<xs:maxInclusive value="99999999999"/>'), 'longer ULN');
    expect(longer.code).toBe('2627');
    const msg = messageFrom('2627', learner({ ULN: '12345678901' }), registry);
    expect(runRules(msg, fdRulesFor(longer), { asOf: '2026-10-01' })).toEqual([]);
  });
});
