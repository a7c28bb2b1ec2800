import { likely2627, fake2627 } from '../../helpers/fake-year';
import { YearRegistry, years } from '../../../src/core/years/registry';
import { describeYearDiff, yearDiff } from '../../../src/core/years/year-diff';

describe('what a new year\'s XSD changes against the newest shipped year', () => {
  it('names the elements removed and the lengths changed (2026-27 as the official changes describe it)', () => {
    const y = new YearRegistry().register(likely2627(), 'ILR-2026-27.xsd');
    const d = yearDiff(y, years.get('2526'));
    expect(d).toMatchObject({ year: '2627', against: '2526', namespace: { from: 'ESFA/ILR/2025-26', to: 'ESFA/ILR/2026-27' } });
    expect(d.changes).toEqual([
      { kind: 'removed', path: 'Learner/LearningDelivery/LearningDeliveryHE/FUNDCOMP' },
      { kind: 'changed', path: 'Learner/LearningDelivery/EPAOrgID', what: 'maximum length 7 → 8' },
    ]);
    expect(describeYearDiff(d)).toEqual([
      'removed: Learner/LearningDelivery/LearningDeliveryHE/FUNDCOMP',
      'changed: Learner/LearningDelivery/EPAOrgID — maximum length 7 → 8',
    ]);
  });

  it('the same schema under a new year code and namespace: nothing else differs', () => {
    const y = new YearRegistry().register(fake2627(), 'x.xsd');
    expect(describeYearDiff(yearDiff(y, years.get('2526')))).toEqual(['no element, length or pattern differs']);
  });

  it('an added entity is listed once, not with each of its fields; patterns and occurrence are compared', () => {
    const added = fake2627()
      .replace('<xs:element name="FamilyName" minOccurs="0">', '<xs:element name="Pet" minOccurs="0"><xs:complexType><xs:sequence><xs:element name="PetName" type="xs:string"/></xs:sequence></xs:complexType></xs:element><xs:element name="FamilyName" minOccurs="0">')
      .replace(/(<xs:element name="ULN">[\s\S]*?)<xs:maxInclusive value="9999999999"\/>/, '$1<xs:maxInclusive value="99999999999"/>');
    const y = new YearRegistry().register(added, 'x.xsd');
    const d = yearDiff(y, years.get('2526'));
    expect(d.changes).toEqual([
      { kind: 'changed', path: 'Learner/ULN', what: 'largest value 9999999999 → 99999999999' },
      { kind: 'added', path: 'Learner/Pet' },
    ]);
  });

  it('2025-26 against 2020-21: the Destination and Progression entity removed, once', () => {
    const d = yearDiff(years.get('2526'), years.get('2021'));
    const removed = d.changes.filter((c) => c.kind === 'removed').map((c) => c.path);
    expect(removed).toContain('LearnerDestinationandProgression');
    expect(removed.filter((p) => p.startsWith('LearnerDestinationandProgression/'))).toEqual([]);
  });
});
