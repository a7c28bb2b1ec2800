import { readFileSync } from 'node:fs';
import { messageFrom, type MessageSpec, type RecordSpec } from '../../model/build';
import { setField } from '../../model/record';
import { readIlrXml } from '../../xml/read-xml';
import { writeXmlString } from '../../xml/write-xml';
import { validateForYear } from '../../xml/validate-xsd';
import { years } from '../../years/registry';
import { officialList } from '../catalogue/official-list';
import { runRules } from '../engine';
import type { Finding } from '../types';
import { fdRulesFor, underivableOfficialFdIds } from './fd-rules';
import { parseFdId } from './fd-kinds';
import { ESFA_SAMPLE_2526, SYNTHETIC_2021 } from '../../../../test/helpers/xmllint';

/** A learner the XSD accepts in both years ("Test Learner", synthetic). */
function validLearner(year: string, over: RecordSpec = {}, aimOver: RecordSpec = {}): RecordSpec {
  const start = year === '2021' ? '2020-09-01' : '2025-09-01';
  const end = year === '2021' ? '2021-06-30' : '2026-06-30';
  return {
    LearnRefNumber: 'L0001',
    ULN: '1061484938',
    FamilyName: 'Learner',
    GivenNames: 'Test',
    DateOfBirth: '2004-05-14',
    Ethnicity: 31,
    Sex: 'F',
    LLDDHealthProb: 2,
    PostcodePrior: 'ZZ99 9ZZ',
    Postcode: 'ZZ99 9ZZ',
    ...over,
    LearningDelivery: [
      {
        LearnAimRef: 'ZPROG001',
        AimType: 1,
        AimSeqNumber: 1,
        LearnStartDate: start,
        LearnPlanEndDate: end,
        FundModel: 35,
        DelLocPostCode: 'ZZ99 9ZZ',
        CompStatus: 1,
        ...aimOver,
      },
    ],
  };
}

/** The FD rules of the year of a message. */
const fdOf = (msg: { year: Parameters<typeof fdRulesFor>[0] }) => fdRulesFor(msg.year);
const fdFindings = (spec: MessageSpec, year: string): Finding[] => {
  const msg = messageFrom(year, spec);
  return runRules(msg, fdOf(msg), { asOf: '2025-10-01' });
};

const fams = (n: number) => Array.from({ length: n }, () => ({ LearnFAMType: 'LSR', LearnFAMCode: 36 }));

interface Case {
  name: string;
  year: '2526' | '2021';
  spec: MessageSpec;
  rule: string;
  field?: string;
  /** Words the message must contain (the detail of what is wrong). */
  says?: RegExp;
  /** The XSD itself accepts the data (a value of spaces only), but the product treats a blank value as not returned. */
  xsdAccepts?: boolean;
}

const learner = (year: '2526' | '2021', over: RecordSpec = {}, aimOver: RecordSpec = {}): MessageSpec => ({ Learner: [validLearner(year, over, aimOver)] });

const CASES: Case[] = [];
for (const year of ['2526', '2021'] as const) {
  CASES.push(
    // mandatory
    { name: 'missing LearnStartDate', year, spec: learner(year, {}, { LearnStartDate: undefined }), rule: 'FD_LearnStartDate_MA', field: 'LearnStartDate' },
    { name: 'blank Postcode', year, spec: learner(year, { Postcode: '   ' }), rule: 'FD_Postcode_MA', field: 'Postcode', xsdAccepts: true },
    // allowed length: string length, length inside a pattern, digits
    { name: 'LearnAimRef of 9 characters', year, spec: learner(year, {}, { LearnAimRef: 'ZPROG0012' }), rule: 'FD_LearnAimRef_AL', says: /at most 8 characters/ },
    { name: 'LearnRefNumber of 13 characters (pattern length)', year, spec: learner(year, { LearnRefNumber: 'L000000000001' }), rule: 'FD_LearnRefNumber_AL', says: /between 1 and 12 characters/ },
    { name: 'Ethnicity of 3 digits (totalDigits)', year, spec: learner(year, { Ethnicity: 123 }), rule: 'FD_Ethnicity_AL', says: /at most 2 digits/ },
    { name: 'ULN of 11 digits', year, spec: learner(year, { ULN: '10614849381' }), rule: 'FD_ULN_AL', says: /at most 10 digits/ },
    { name: 'PlanLearnHours 10000 (more digits than 9999)', year, spec: learner(year, { PlanLearnHours: 10000 }), rule: 'FD_PlanLearnHours_AL' },
    // allowed pattern / character set
    { name: 'LearnRefNumber with an underscore', year, spec: learner(year, { LearnRefNumber: 'L_01' }), rule: 'FD_LearnRefNumber_AP', says: /"_"/ },
    { name: 'LearnAimRef with an accented letter', year, spec: learner(year, {}, { LearnAimRef: 'ZPROGé01' }), rule: 'FD_LearnAimRef_AP', says: /U\+00E9.*ILR character set/ },
    { name: 'FamilyName with a digit', year, spec: learner(year, { FamilyName: 'Learner2' }), rule: 'FD_FamilyName_AP', says: /"2"/ },
    { name: 'Email without @', year, spec: learner(year, { Email: 'test.learner' }), rule: 'FD_Email_AP' },
    { name: 'TelNo with a space', year, spec: learner(year, { TelNo: '0123 456' }), rule: 'FD_TelNo_AP' },
    // allowed range
    { name: 'AimSeqNumber 99', year, spec: learner(year, {}, { AimSeqNumber: 99 }), rule: 'FD_AimSeqNumber_AR', says: /between 1 and 98/ },
    { name: 'AimSeqNumber 0', year, spec: learner(year, {}, { AimSeqNumber: 0 }), rule: 'FD_AimSeqNumber_AR' },
    { name: 'ULN of 9 digits (below 1000000000)', year, spec: learner(year, { ULN: '999999999' }), rule: 'FD_ULN_AR' },
    // data type
    { name: 'a UK-style text date', year, spec: learner(year, {}, { LearnPlanEndDate: '30/06/2026' }), rule: 'FD_LearnPlanEndDate_DT', says: /real date/ },
    { name: '30 February', year, spec: learner(year, { DateOfBirth: '2004-02-30' }), rule: 'FD_DateOfBirth_DT' },
    { name: 'an Excel serial number as a date', year, spec: learner(year, {}, { LearnStartDate: '45901' }), rule: 'FD_LearnStartDate_DT' },
    { name: 'letters in FundModel', year, spec: learner(year, {}, { FundModel: 'ASF' }), rule: 'FD_FundModel_DT', says: /whole number/ },
    { name: '#N/A in ULN', year, spec: learner(year, { ULN: '#N/A' }), rule: 'FD_ULN_DT' },
    // entity occurrence
    { name: 'a learner without aims', year, spec: { Learner: [{ ...validLearner(year), LearningDelivery: [] }] }, rule: 'FD_LearningDelivery_EO', says: /at least 1/ },
    { name: '2 LearnerHE records', year, spec: learner(year, { LearnerHE: [{}, {}] }), rule: 'FD_LearnerHE_EO', says: /at most 1 is allowed/ },
    { name: '23 LLDDandHealthProblem records', year, spec: learner(year, { LLDDandHealthProblem: Array.from({ length: 23 }, () => ({ LLDDCat: 4 })) }), rule: 'FD_LLDDandHealthProblem_EO' },
  );
}
CASES.push(
  // the years' XSDs differ, and the FD rules follow each year's
  { name: '16 LearnerFAMs (2020-21 allows 15)', year: '2021', spec: learner('2021', { LearnerFAM: fams(16) }), rule: 'FD_LearnerFAM_EO', says: /at most 15/ },
  { name: '18 LearnerFAMs (2025-26 allows 17)', year: '2526', spec: learner('2526', { LearnerFAM: fams(18) }), rule: 'FD_LearnerFAM_EO', says: /at most 17/ },
  { name: 'TLOut of 3 digits (2025-26 only; official name FD_Tlout_AL)', year: '2526', spec: learner('2526', {}, { TLOut: 123 }), rule: 'FD_Tlout_AL' },
  { name: 'STULOAD with two decimal places', year: '2526', spec: learner('2526', {}, { LearningDeliveryHE: [{ TYPEYR: 1, MODESTUD: 1, YEARSTU: 1, MSTUFEE: 1, SPECFEE: 0, STULOAD: '10.25' }] }), rule: 'FD_STULOAD_AL', says: /decimal place/ },
  { name: 'STULOAD 0 (minimum 0.1)', year: '2526', spec: learner('2526', {}, { LearningDeliveryHE: [{ TYPEYR: 1, MODESTUD: 1, YEARSTU: 1, MSTUFEE: 1, SPECFEE: 0, STULOAD: '0' }] }), rule: 'FD_STULOAD_AR' },
  { name: 'PriorAttain of 3 digits (a 2020-21 learner field)', year: '2021', spec: learner('2021', { PriorAttain: 123 }), rule: 'FD_PriorAttain_AL' },
  {
    name: 'DPOutcome without OutType (2020-21 has the DP entity)',
    year: '2021',
    spec: { ...learner('2021'), LearnerDestinationandProgression: [{ LearnRefNumber: 'L0001', ULN: '1061484938', DPOutcome: [{ OutCode: 1, OutStartDate: '2021-08-01', OutCollDate: '2021-09-01' }] }] },
    rule: 'FD_OutType_MA',
  },
  {
    name: 'a destination record without outcomes',
    year: '2021',
    spec: { ...learner('2021'), LearnerDestinationandProgression: [{ LearnRefNumber: 'L0001', ULN: '1061484938' }] },
    rule: 'FD_DPOutcome_EO',
  },
  {
    name: 'OutCollDate not a date',
    year: '2021',
    spec: { ...learner('2021'), LearnerDestinationandProgression: [{ LearnRefNumber: 'L0001', ULN: '1061484938', DPOutcome: [{ OutType: 'EDU', OutCode: 1, OutStartDate: '2021-08-01', OutCollDate: '1 Sept 2021' }] }] },
    rule: 'FD_OutCollDate_DT',
  },
);

describe('FD rules generated from each year\'s XSD', () => {
  it.each(['2526', '2021'])('report nothing for a valid learner (%s), and the XSD agrees', async (year) => {
    const msg = messageFrom(year, learner(year as '2526'));
    expect(runRules(msg, fdOf(msg), { asOf: '2025-10-01' })).toEqual([]);
    expect(await validateForYear(writeXmlString(msg), msg.year)).toEqual([]);
  });

  it.each(CASES.map((c) => [`${c.year}: ${c.name}`, c] as const))('%s', async (_name, c) => {
    const found = fdFindings(c.spec, c.year);
    const mine = found.filter((f) => f.rule === c.rule);
    expect(found.map((f) => f.rule)).toContain(c.rule);
    expect(mine[0]!.severity).toBe('error');
    if (c.field) expect(mine[0]!.field).toBe(c.field);
    if (c.says) expect(mine[0]!.message).toMatch(c.says);
    // only this problem is reported (a value breaks one facet kind at a time in these cases)
    expect(new Set(found.map((f) => f.rule))).toEqual(new Set([c.rule]));
    // and the official XSD rejects the same data
    const msg = messageFrom(c.year, c.spec);
    const violations = await validateForYear(writeXmlString(msg), msg.year);
    if (c.xsdAccepts) expect(violations).toEqual([]);
    else expect(violations.length).toBeGreaterThan(0);
  });

  it('reports where the value is and whose it is', () => {
    const msg = messageFrom('2526', learner('2526', {}, { AimSeqNumber: 2 }));
    const aim = msg.root.children['Learner']![0]!.children['LearningDelivery']![0]!;
    setField(aim, 'LearnPlanEndDate', '31/06/2026', { sheet: 'LearningDelivery', cell: 'F7' });
    const [f] = runRules(msg, fdOf(msg), { asOf: '2025-10-01' });
    expect(f).toMatchObject({
      rule: 'FD_LearnPlanEndDate_DT',
      entity: 'LearningDelivery',
      field: 'LearnPlanEndDate',
      value: '31/06/2026',
      location: { sheet: 'LearningDelivery', cell: 'F7' },
      learnRefNumber: 'L0001',
      aimSeqNumber: '2',
    });
  });

  it('accepts a number stored as text with spaces around it, as the XSD does', () => {
    expect(fdFindings(learner('2526', { Ethnicity: ' 31 ' }), '2526')).toEqual([]);
  });

  it('uses the official message, with what exactly is wrong', () => {
    const [f] = fdFindings(learner('2526', {}, { LearnAimRef: 'ZPROG0012' }), '2526');
    expect(f!.message).toBe(
      'The length of the value returned for LearnAimRef is not between 1 and 8 characters: LearnAimRef must be at most 8 characters long (it has 9)',
    );
  });

  it('does not repeat an official message that names another field (FD_NETFEE_AL)', () => {
    const rule = fdRulesFor(years.get('2526')).find((r) => r.id === 'FD_NETFEE_AL')!;
    expect(rule.message).not.toMatch(/MSTUFEE/);
    expect(rule.message).toMatch(/NETFEE/);
  });

  it('report nothing on the ESFA 2025-26 sample file and the synthetic 2020-21 file (both pass the XSD)', () => {
    for (const file of [ESFA_SAMPLE_2526, SYNTHETIC_2021]) {
      const msg = readIlrXml(readFileSync(file, 'utf8'), years);
      expect(runRules(msg, fdOf(msg), { asOf: '2025-10-01' })).toEqual([]);
    }
  });

  it('are individual rules of the year under every official FD rule ID the XSD gives a facet for', () => {
    const official = new Set(officialList('2526')!.rules.filter((r) => r.category === 'Field Definition').map((r) => r.name));
    expect(official.size).toBe(202); // 203 rows, FD_FINAMOUNT_MA listed twice
    const rules = fdRulesFor(years.get('2526'));
    const ids = new Set(rules.map((r) => r.id));
    const missing = [...official].filter((id) => !ids.has(id));
    expect(missing.sort()).toEqual(underivableOfficialFdIds(years.get('2526')).sort());
    expect(missing.sort()).toEqual(['FD_UCASPERID_AR', 'FD_UCASSCHEMECODE_AL']);
    for (const r of rules) expect(parseFdId(r.id)).toBeDefined();
    expect(ids.size).toBe(rules.length);
  });

  it.each([
    ['Year', 'CollectionDetails', '2425', 'FD_Year_AR'],
    ['FilePreparationDate', 'CollectionDetails', '08/01/2026', 'FD_FilePreparationDate_DT'],
    ['SerialNo', 'Source', 'A1', 'FD_SerialNo_AP'],
    ['UKPRN', 'Source', '123', 'FD_UKPRN_AR'],
    ['DateTime', 'Source', '2026-01-08 09:00', 'FD_DateTime_DT'],
  ])('check the header too: %s = %p', async (field, record, value, rule) => {
    const msg = messageFrom('2526', learner('2526'));
    const rec = msg.root.children['Header']![0]!.children[record]![0]!;
    setField(rec, field, value, { sheet: 'Return', cell: 'B3' });
    const f = runRules(msg, fdOf(msg), { asOf: '2025-10-01' });
    expect(f.map((x) => x.rule)).toEqual([rule]);
    expect(f[0]).toMatchObject({ entity: record, field, value, location: { sheet: 'Return', cell: 'B3' } });
    expect(f[0]!.learnRefNumber).toBeUndefined();
    expect((await validateForYear(writeXmlString(msg), msg.year)).length).toBeGreaterThan(0);
  });

  it('leave "at least one learner" to Entity_1', () => {
    expect(fdFindings({}, '2526')).toEqual([]);
    expect(fdRulesFor(years.get('2526')).some((r) => r.id === 'FD_Learner_EO')).toBe(false);
  });

  it('apply per year: a 2025-26-only element\'s rule does not run for 2020-21', () => {
    const ids = (code: string) => fdRulesFor(years.get(code)).map((r) => r.id);
    expect(ids('2526')).toContain('FD_Tlout_AL');
    expect(ids('2021')).not.toContain('FD_Tlout_AL');
    expect(ids('2021')).toContain('FD_OutType_MA');
    expect(ids('2526')).not.toContain('FD_OutType_MA');
  });
});
