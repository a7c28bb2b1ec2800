import { checkRow } from '../../../src/functions/impl/check-row';
import { ruleDefinitions } from '../../../src/core/rules/all-rules';
import { OutType_01 } from '../../../src/core/rules/destination/OutType_01';
import { matchHeaders } from '../../../src/functions/impl/sheet-entities';
import { years } from '../../../src/core/years/registry';

describe('header matching', () => {
  it('finds the record type the headers name most, and key columns of the records above it', () => {
    const m = matchHeaders(years.get('2526'), ['LearnRefNumber', 'Aim Seq Number', 'compstatus', 'Notes', ''])!;
    expect(m.entity.name).toBe('LearningDelivery');
    expect(m.columns.map((c) => (c ? `${c.level}:${c.field.name}` : '-'))).toEqual(['0:LearnRefNumber', '1:AimSeqNumber', '1:CompStatus', '-', '-']);
  });

  it("accepts the specification's friendly names as headers", () => {
    const m = matchHeaders(years.get('2526'), ['Learner reference number', 'Unique learner number', 'Family name'])!;
    expect(m.entity.name).toBe('Learner');
    expect(m.columns.map((c) => c?.field.name)).toEqual(['LearnRefNumber', 'ULN', 'FamilyName']);
  });

  it('finds DPOutcome rows even for a year whose ILR no longer has the entity', () => {
    const m = matchHeaders(years.get('2526'), ['LearnRefNumber', 'OutType', 'OutCode', 'OutStartDate'])!;
    expect(m.entity.name).toBe('DPOutcome');
  });

  it('matches nothing for headers that are not ILR fields', () => {
    expect(matchHeaders(years.get('2526'), ['Name', 'Favourite colour'])).toBeUndefined();
  });
});

describe('ILR.CHECKROW', () => {
  const headers = [['LearnRefNumber', 'AimSeqNumber', 'CompStatus', 'LearnActEndDate', 'Notes']];

  it('checks each LearningDelivery row on its own with the field-definition rules of the columns present', () => {
    const out = checkRow({
      headers,
      rows: [
        ['TL001', 1, 2, '31/07/2025', 'anything'],
        ['TL 002!', 1, 12, 45869, ''],
        ['', '', '', '', ''],
        ['TL003', '', 2, '2025-07-31', ''],
      ],
      year: [['2526']],
      asOf: [['2025-10-01']],
      output: [['ids']],
    });
    expect(out[0]).toEqual(['OK']);
    expect(String(out[1]![0])).toMatch(/FD_CompStatus_AL/);
    expect(String(out[1]![0])).toMatch(/FD_LearnRefNumber_AP/);
    expect(out[2]).toEqual(['']);
    expect(String(out[3]![0])).toMatch(/FD_AimSeqNumber_MA/);
  });

  it("runs the record type's own single-record rules (a Learner row's ULN)", () => {
    const out = checkRow({ headers: [['LearnRefNumber', 'ULN']], rows: [['TL001', 1234567890], ['TL002', 1234567899]], year: null, asOf: [['2025-10-01']] });
    expect(String(out[0]![0])).toMatch(/^ULN_04: /);
    expect(out[1]).toEqual(['OK']);
  });

  it('never compares rows with each other (no duplicate-key findings)', () => {
    const out = checkRow({ headers: [['LearnRefNumber', 'ULN']], rows: [['TL001', 1234567899], ['TL001', 1234567899]], year: null, asOf: [['2025-10-01']], output: [['ids']] });
    expect(out).toEqual([['OK'], ['OK']]);
  });

  it('does not run the cross-record rules on a row alone (a component aim row has no programme aim beside it)', () => {
    const out = checkRow({ headers: [['LearnRefNumber', 'AimSeqNumber', 'AimType', 'ProgType', 'StdCode', 'FundModel']], rows: [['TL001', 2, 3, 25, 100, 36]], year: [['2526']], asOf: [['2025-10-01']], output: [['ids']] });
    expect(out).toEqual([['OK']]);
  });

  it('runs every delivery rule whose fields the LearningDelivery row holds (funding model, programme and date rules)', () => {
    const out = checkRow({
      headers: [['LearnRefNumber', 'AimSeqNumber', 'AimType', 'LearnAimRef', 'FundModel', 'LearnStartDate', 'LearnPlanEndDate', 'CompStatus']],
      rows: [
        // an Adult Skills Fund aim started before the fund existed (FundModel_19)
        ['TL001', 1, 4, '60146394', 38, '2024-07-01', '2025-06-30', 1],
        // a stand-alone aim carrying the programme aim reference (LearnAimRef_30)
        ['TL002', 1, 4, 'ZPROG001', 38, '2025-09-01', '2026-06-30', 1],
        ['TL003', 1, 4, '60146394', 38, '2025-09-01', '2026-06-30', 1],
      ],
      year: [['2526']],
      asOf: [['2025-10-01']],
      output: [['ids']],
    });
    expect(String(out[0]![0])).toMatch(/FundModel_19/);
    expect(String(out[1]![0])).toMatch(/LearnAimRef_30/);
    expect(out[2]).toEqual(['OK']);
  });

  it('checks a DPOutcome row with the destination rules (advice in 2025-26)', () => {
    const out = checkRow(
      { headers: [['LearnRefNumber', 'OutType', 'OutCode', 'OutStartDate']], rows: [['TL001', 'EMP', 3, '01/09/2025']], year: [['2526']], asOf: [['2025-10-01']] },
      [...ruleDefinitions, OutType_01],
    );
    expect(String(out[0]![0])).toMatch(/^OutType_01: .*\(advice: the 2025-26 ILR has no Destination and Progression entity/);
  });

  it('refuses ranges that do not fit, and headers that name no field', () => {
    expect(() => checkRow({ headers: [['LearnRefNumber', 'ULN']], rows: [['TL001']] })).toThrow(/as wide as HeaderRange/);
    expect(() => checkRow({ headers: [['A'], ['B']], rows: [['x']] })).toThrow(/HeaderRange must be one row/);
    expect(() => checkRow({ headers: [['Name', 'Age']], rows: [['x', 1]] })).toThrow(/name no ILR field of 2025-26/);
  });
});
