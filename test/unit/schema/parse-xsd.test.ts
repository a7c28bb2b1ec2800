import { years } from '../../../src/core/years/registry';
import { parseXsd, XsdError } from '../../../src/core/schema/parse-xsd';

const y2526 = years.get('2526');
const y2021 = years.get('2021');
const at = (y: typeof y2526, path: string) => y.schema.byPath.get(path);

describe('parseXsd on the official ILR schemas', () => {
  test('Learner children come in the 2025-26 sequence order, PriorAttain an entity after Email', () => {
    const learner = at(y2526, 'Message/Learner')!;
    const names = learner.children!.map((c) => c.name);
    expect(names.slice(0, 6)).toEqual(['LearnRefNumber', 'PrevLearnRefNumber', 'PrevUKPRN', 'PMUKPRN', 'CampId', 'ULN']);
    expect(names.indexOf('PriorAttain')).toBe(names.indexOf('Email') + 1);
    expect(at(y2526, 'Message/Learner/PriorAttain')!.children!.map((c) => c.name)).toEqual(['PriorLevel', 'DateLevelApp']);
    expect(names[names.length - 1]).toBe('LearningDelivery');
  });

  test('2020-21 PriorAttain is a simple int field between NINumber and Accom', () => {
    const names = at(y2021, 'Message/Learner')!.children!.map((c) => c.name);
    expect(names.slice(names.indexOf('NINumber'), names.indexOf('NINumber') + 3)).toEqual(['NINumber', 'PriorAttain', 'Accom']);
    expect(at(y2021, 'Message/Learner/PriorAttain')!.simple).toMatchObject({ base: 'int', facets: { totalDigits: 2 } });
  });

  test('occurrences: Learner 1..n in 2025-26 and 0..n in 2020-21; LearnerFAM max 17 vs 15', () => {
    expect(at(y2526, 'Message/Learner')).toMatchObject({ minOccurs: 1, maxOccurs: Infinity });
    expect(at(y2021, 'Message/Learner')).toMatchObject({ minOccurs: 0, maxOccurs: Infinity });
    expect(at(y2526, 'Message/Learner/LearnerFAM')!.maxOccurs).toBe(17);
    expect(at(y2021, 'Message/Learner/LearnerFAM')!.maxOccurs).toBe(15);
  });

  test('facets: ULN long range, LearnRefNumber pattern on top of RestrictedString, dates and decimals', () => {
    expect(at(y2526, 'Message/Learner/ULN')!.simple).toMatchObject({ base: 'long', facets: { minInclusive: 1000000000, maxInclusive: 9999999999 } });
    const lrn = at(y2526, 'Message/Learner/LearnRefNumber')!.simple!;
    expect(lrn.restrictedCharset).toBe(true);
    expect(lrn.facets.patterns).toContain('[A-Za-z0-9 ]{1,12}');
    expect(at(y2526, 'Message/Learner/DateOfBirth')!.simple!.base).toBe('date');
    expect(at(y2526, 'Message/Header/Source/DateTime')!.simple!.base).toBe('dateTime');
    expect(at(y2526, 'Message/Learner/LearningDelivery/LearningDeliveryHE/STULOAD')!.simple).toMatchObject({ base: 'decimal', facets: { fractionDigits: 1 } });
    // the official XSD writes maxInclusive "99999999 " with a trailing space
    expect(at(y2526, 'Message/Header/Source/UKPRN')!.simple!.facets.maxInclusive).toBe(99999999);
  });

  test('the RestrictedString pattern is read (with £ and € decoded from character references)', () => {
    expect(y2526.schema.restrictedStringPattern).toContain('£€');
  });

  test('the DP entity is present in 2020-21 only', () => {
    expect(at(y2021, 'Message/LearnerDestinationandProgression/DPOutcome/OutType')).toBeDefined();
    expect(at(y2526, 'Message/LearnerDestinationandProgression')).toBeUndefined();
  });

  test.each([
    ['<root/>', /not an XML Schema/],
    ['<xs:schema xmlns:xs="http://www.w3.org/2001/XMLSchema"><xs:element name="A"><xs:complexType><xs:choice/></xs:complexType></xs:element></xs:schema>', /xs:choice is not supported/],
    ['<xs:schema xmlns:xs="http://www.w3.org/2001/XMLSchema"><xs:element name="A" type="Nope"/></xs:schema>', /unknown simple type "Nope"/],
  ])('refuses what it cannot represent: %s', (xsd, msg) => {
    expect(() => parseXsd(xsd)).toThrow(msg);
    expect(() => parseXsd(xsd)).toThrow(XsdError);
  });
});
