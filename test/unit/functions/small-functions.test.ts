import { checkUln } from '../../../src/functions/impl/check-uln';
import { describeCodes } from '../../../src/functions/impl/describe-code';
import { ruleCatalogue } from '../../../src/core/rules/catalogue/catalogue';
import { years } from '../../../src/core/years/registry';
import { ruleInfo } from '../../../src/functions/impl/rule-info';
import { dpDue } from '../../../src/functions/impl/dp-due';
import { isoToSerial } from '../../../src/core/cells/excel-date';
import { resetFunctionSettings, setFunctionAdviceSettings, setFunctionAsOf } from '../../../src/functions/function-settings';

const col = (...values: unknown[]) => values.map((v) => [v]);
afterEach(() => resetFunctionSettings());

describe('ILR.CHECKULN', () => {
  it('checks the check digit and format row by row (numbers and text alike)', () => {
    // 1000000004: 10·1 = 10, remainder 10, check digit 10 − 10 = 0, not 4
    const out = checkUln({ uln: col(9999999999, '1234567890', 1000000004, '', 'ABC', 123) });
    expect(out[0]).toEqual(['OK']); // the temporary ULN
    expect(String(out[1]![0])).toMatch(/^ULN_04: /);
    expect(out[3]).toEqual(['']);
    expect(String(out[4]![0])).toMatch(/ULN_04/);
    expect(String(out[5]![0])).toMatch(/ULN_04/);
  });

  it('accepts a ULN whose check digit is right, typed as a number or as text', () => {
    // 123456789: 10·1+9·2+8·3+7·4+6·5+5·6+4·7+3·8+2·9 = 210; 210 mod 11 = 1; check digit 10 − 1 = 9
    expect(checkUln({ uln: col(1234567899, '1234567899') })).toEqual([['OK'], ['OK']]);
  });

  it('gives rule IDs only with "ids"', () => {
    expect(checkUln({ uln: [['1234567890']], output: [['ids']] })).toEqual([['ULN_04']]);
  });
});

describe('ILR.DESCRIBE', () => {
  it('describes codes of plain fields, a column at a time', () => {
    expect(describeCodes({ field: [['WithdrawReason']], code: col(29, '40', '', 98) })).toEqual([
      ['Learner has been made redundant'],
      ['Learner has transferred to a new learning aim with the same provider'],
      [''],
      ['Reason not known'],
    ]);
  });

  it('says when a code could not be confirmed for the year', () => {
    expect(describeCodes({ field: [['WithdrawReason']], code: [[97]] })).toEqual([['Other [not confirmed for 2025-26]']]);
  });

  it('describes typed codes given as type+code, as a typed list, or by type alone', () => {
    expect(describeCodes({ field: [['OutCode']], code: col('EMP1', 'OTH 3') })).toEqual([
      ['In paid employment for 16 hours or more per week'],
      ['Unable to contact learner'],
    ]);
    expect(describeCodes({ field: [['OutCode:EMP']], code: [[2]] })).toEqual([['In paid employment for less than 16 hours per week']]);
    expect(describeCodes({ field: [['SOF']], code: [[105]] })).toEqual([['Adult skills funded']]);
    expect(describeCodes({ field: [['LearnDelFAMCode']], code: [['SOF107']] })).toEqual([['16-19 funded']]);
  });

  it('gives #N/A with a message for an unknown code and #VALUE! for an unknown field', () => {
    expect(describeCodes({ field: [['WithdrawReason']], code: [[99]] })).toEqual([[{ code: 'na', problem: '"99" is not a WithdrawReason code in 2025-26' }]]);
    expect(describeCodes({ field: [['OutCode']], code: [['EMP3']] })).toEqual([[{ code: 'na', problem: '"EMP3" is not a OutCode EMP code in 2025-26' }]]);
    expect(() => describeCodes({ field: [['Favourite colour']], code: [[1]] })).toThrow(/No code list is known for "Favourite colour"/);
  });

  it('uses the year given, with its own wording', () => {
    expect(describeCodes({ field: [['WithdrawReason']], code: [[40]], year: [['2021']] })).toEqual([
      ['The learner has transferred to a new learning aim with the same provider.'],
    ]);
  });
});

describe('ILR.RULE', () => {
  it("gives an official rule's message and description", () => {
    const [[text]] = ruleInfo({ ruleId: [['ULN_04']] }) as [[string]];
    expect(text).toMatch(/^The ULN is not valid|ULN/);
    expect(text).toContain(' — ');
  });

  it('says when an official rule is not run for want of reference data', () => {
    const out = ruleInfo({ ruleId: col('LearnAimRef_01') });
    expect(String(out[0]![0])).toMatch(/not run: needs lars reference data/);
  });

  it("takes an ID of any year and answers as the rule is in the year asked (or the pane's)", () => {
    const [[now]] = ruleInfo({ ruleId: [['R06']] }) as [[string]];
    expect(now).toMatch(/^There must not be more than one Learner record with the same Learner reference number/);
    expect(now).toContain('[also R06]');
    const [[then]] = ruleInfo({ ruleId: [['R_06']], year: [['2021']] }) as [[string]];
    expect(then).toContain('[also R_06]');
    expect(then).toMatch(/message and severity as in the 2025-26 rules list/);
    const notImplemented = ruleCatalogue(years.get('2021')).rules.find((r) => r.state === 'not-implemented')!.rule;
    const [[notYet]] = ruleInfo({ ruleId: [[notImplemented]], year: [['2021']] }) as [[string]];
    expect(notYet).toMatch(/not implemented yet: not checked by ILR Workbench/);
  });

  it('"*" says how many of the year\'s official rules are run, need reference data, or are not implemented yet', () => {
    const [[y2526]] = ruleInfo({ ruleId: [['*']] }) as [[string]];
    expect(y2526).toMatch(/^Of the 839 official 2025-26 rules, 642 were run; 196 need reference data ILR Workbench does not have, 1 is not implemented yet: those 197 were not run, and are not passed\.$/);
    const [[y2021]] = ruleInfo({ ruleId: [['*']], year: [['2021']] }) as [[string]];
    expect(y2021).toMatch(/^Of the 552 official 2020-21 rules, \d+ were run;/);
  });

  it('gives #N/A for an unknown rule, "" for a blank', () => {
    expect(ruleInfo({ ruleId: col('NOPE_99', '') })).toEqual([[{ code: 'na', problem: 'No rule "NOPE_99" in the official rules lists or the product\'s own rules' }], ['']]);
  });
});

describe('ILR.DPDUE', () => {
  it('returns the due date (two months after learning ended) as an Excel serial, or "overdue by N days"', () => {
    const out = dpDue({ learnActEndDate: col(isoToSerial('2025-07-31'), '31/08/2025', '', '2025-06-15'), asOf: [['2025-10-05']] });
    expect(out[0]).toEqual(['overdue by 5 days']); // due 30 Sep 2025 (31 Jul + 2 months, clamped)
    expect(out[1]).toEqual([isoToSerial('2025-10-31')]);
    expect(out[2]).toEqual(['']);
    expect(out[3]).toEqual(['overdue by 51 days']); // due 15 Aug 2025: 16 + 30 + 5 days
  });

  it('is due (not overdue) on the due date itself, and follows the task pane settings', () => {
    expect(dpDue({ learnActEndDate: [['2025-07-31']], asOf: [['2025-09-30']] })).toEqual([[isoToSerial('2025-09-30')]]);
    setFunctionAdviceSettings({ destinationDueMonths: 3 });
    setFunctionAsOf('2025-10-05');
    expect(dpDue({ learnActEndDate: [['2025-07-31']], asOf: null })).toEqual([[isoToSerial('2025-10-31')]]);
  });

  it('refuses a date it cannot read, for that row only', () => {
    expect(dpDue({ learnActEndDate: col('31/13/2025', '2025-07-31'), asOf: [['2025-08-01']] })).toEqual([
      [{ code: 'value', problem: 'LearnActEndDate: "31/13/2025" is not a real date' }],
      [isoToSerial('2025-09-30')],
    ]);
  });
});
