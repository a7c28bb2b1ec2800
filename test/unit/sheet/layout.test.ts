import { layoutFor, sheetHeaders } from '../../../src/core/sheet/layout';
import { resolveHeaders, sheetByName } from '../../../src/core/sheet/headers';
import { years } from '../../../src/core/years/registry';

const y2526 = years.get('2526');
const y2021 = years.get('2021');

describe('layout derived from the XSD', () => {
  it('2025-26: one sheet per repeating entity, in schema order, with the DP sheet from the newest year that has it', () => {
    const l = layoutFor(y2526);
    expect(l.sheets.map((s) => s.name)).toEqual([
      'SourceFiles', 'Learner', 'PriorAttain', 'LLDDandHealthProblem', 'LearnerFAM', 'ProviderSpecLearnerMonitoring',
      'LearnerEmploymentStatus', 'EmploymentStatusMonitoring', 'LearnerHEFinancialSupport', 'LearningDelivery',
      'LearningDeliveryFAM', 'LearningDeliveryWorkPlacement', 'AppFinRecord', 'ProviderSpecDeliveryMonitoring', 'DPOutcome',
    ]);
    const dp = l.bySheet.get('DPOutcome')!;
    expect(dp.notInYear).toBe('2020-21');
    expect(sheetHeaders(dp)).toEqual(['LearnRefNumber', 'ULN', 'OutType', 'OutCode', 'OutStartDate', 'OutEndDate', 'OutCollDate']);
  });

  it('2020-21: PriorAttain is a Learner field, ContactPreference a sheet, DPOutcome its own year', () => {
    const l = layoutFor(y2021);
    expect(l.bySheet.has('PriorAttain')).toBe(false);
    expect(l.bySheet.get('Learner')!.columns.map((c) => c.header)).toContain('PriorAttain');
    expect(l.bySheet.get('ContactPreference')!.keys.map((k) => k.header)).toEqual(['LearnRefNumber']);
    expect(l.bySheet.get('DPOutcome')!.notInYear).toBeUndefined();
  });

  it('key columns join each sheet to its parent', () => {
    const l = layoutFor(y2526);
    const keys = (s: string) => l.bySheet.get(s)!.keys.map((k) => k.header);
    expect(keys('Learner')).toEqual([]);
    expect(keys('LearningDelivery')).toEqual(['LearnRefNumber']);
    expect(keys('LearningDeliveryFAM')).toEqual(['LearnRefNumber', 'AimSeqNumber']);
    expect(keys('EmploymentStatusMonitoring')).toEqual(['LearnRefNumber', 'DateEmpStatApp']);
    expect(keys('LearnerHEFinancialSupport')).toEqual(['LearnRefNumber']);
    expect(l.bySheet.get('LearnerHEFinancialSupport')!.ancestors.map((a) => a.entity)).toEqual(['Learner', 'LearnerHE']);
  });

  it('non-repeating children flatten into prefixed columns of their parent', () => {
    const l = layoutFor(y2526);
    const learner = l.bySheet.get('Learner')!.columns.map((c) => c.header);
    expect(learner).toEqual(expect.arrayContaining(['LearnerHE.UCASPERID', 'LearnerHE.TTACCOM']));
    const ld = l.bySheet.get('LearningDelivery')!.columns.map((c) => c.header);
    expect(ld).toEqual(expect.arrayContaining(['LearningDeliveryHE.SSN', 'LearningDeliveryHE.STULOAD']));
  });

  it('the Return sheet holds the header fields; fixed values come from the XSD', () => {
    const l = layoutFor(y2526);
    expect(l.returnFields.map((f) => f.name)).toEqual([
      'UKPRN', 'Year', 'SerialNo', 'SoftwareSupplier', 'SoftwarePackage', 'Release', 'FilePreparationDate', 'DateTime', 'ReferenceData', 'ComponentSetVersion',
    ]);
    expect(l.returnFields[0]!.paths).toEqual([['Header', 'Source', 'UKPRN'], ['LearningProvider', 'UKPRN']]);
    expect(l.fixed).toEqual(expect.arrayContaining([
      { path: ['Header', 'CollectionDetails', 'Collection'], value: 'ILR' },
      { path: ['Header', 'Source', 'ProtectiveMarking'], value: 'OFFICIAL-SENSITIVE-Personal' },
    ]));
  });
});

describe('header matching', () => {
  const l = layoutFor(y2526);
  const kinds = (sheet: string, headers: string[]) =>
    resolveHeaders(l, l.bySheet.get(sheet)!, headers).roles.map((r) => {
      switch (r.kind) {
        case 'key': case 'qualifier': return `${r.kind}:${r.key.header}`;
        case 'field': case 'up': case 'parent': return `${r.kind}:${r.column.header}`;
        case 'fam': return `fam:${r.type}`;
        case 'unknown': return `unknown:${r.header}`;
        default: return r.kind;
      }
    });

  it('accepts canonical names, friendly names, any case, spacing and punctuation, both flattened spellings', () => {
    expect(kinds('Learner', ['learner reference number', 'UNIQUE LEARNER NUMBER', 'Date-of-birth', 'LearnerHE_UCASPERID', 'LearnerHE.TTACCOM', 'LSR', 'Tutor', 'Checks'])).toEqual([
      'field:LearnRefNumber', 'field:ULN', 'field:DateOfBirth', 'field:LearnerHE.UCASPERID', 'field:LearnerHE.TTACCOM', 'fam:LSR', 'unknown:Tutor', 'formula',
    ]);
  });

  it('a delivery sheet with learner fields is flat; FAM shorthands of both levels', () => {
    const r = resolveHeaders(l, l.bySheet.get('LearningDelivery')!, ['LearnRefNumber', 'Completion status', 'Family name', 'SOF', 'LDM', 'EHC']);
    expect(r.flat).toBe(true);
    expect(kinds('LearningDelivery', ['LearnRefNumber', 'Completion status', 'Family name', 'SOF', 'LDM', 'EHC'])).toEqual([
      'key:LearnRefNumber', 'field:CompStatus', 'up:FamilyName', 'fam:SOF', 'fam:LDM', 'fam:EHC',
    ]);
  });

  it('DPOutcome carries the parent fields; friendly outcome names', () => {
    expect(kinds('DPOutcome', ['Learner reference number', 'ULN', 'Outcome type', 'Outcome code', 'Outcome start date'])).toEqual([
      'parent:LearnRefNumber', 'parent:ULN', 'field:OutType', 'field:OutCode', 'field:OutStartDate',
    ]);
  });

  it('finds sheets by friendly names', () => {
    expect(sheetByName(l, 'Learning aims')?.name).toBe('LearningDelivery');
    expect(sheetByName(l, 'destinations')?.name).toBe('DPOutcome');
    expect(sheetByName(l, 'Notes')).toBeUndefined();
  });
});
