import { associated, installCustomFunctionsStub, StubError } from './excel-runtime-stub';
import { isoToSerial } from '../../../src/core/cells/excel-date';
import { resetFunctionSettings, setFunctionAsOf, setFunctionYear } from '../../../src/functions/function-settings';
import { clearResultCache } from '../../../src/functions/impl/result-cache';

installCustomFunctionsStub();
// Imported after the stub is in place, as the runtime is in Excel before the functions' script loads.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const fns = require('../../../src/functions/functions') as typeof import('../../../src/functions/functions');

const col = (...values: unknown[]) => values.map((v) => [v]);
/** What Excel passes for an omitted optional argument. */
const omitted = null as never;
const s = isoToSerial;

beforeEach(() => {
  resetFunctionSettings();
  clearResultCache();
});

describe('registration', () => {
  it('associates every function with its id', () => {
    expect([...associated.keys()].sort()).toEqual(['CHECKAIM', 'CHECKDP', 'CHECKROW', 'CHECKULN', 'DESCRIBE', 'DPDUE', 'FILENAME', 'RULE']);
    expect(associated.get('CHECKDP')).toBe(fns.CHECKDP);
  });
});

describe('ILR.CHECKDP as Excel calls it', () => {
  it('spills one result per row, with the cross-row finding on each row involved', () => {
    const out = fns.CHECKDP(
      col('EMP', 'NPE', 'EDU', 'EMP', ''),
      col(1, '1', 4, 3, ''),
      col(s('2021-03-01'), '01/03/2021', '2021-03-01', s('2021-03-10'), ''),
      omitted,
      omitted,
      omitted,
      col('TL1', 'TL1', 'TL1', 'TL2', ''),
      s('2021-06-01'),
      '2021',
      'ids',
    );
    expect(out).toEqual([['OutType_04'], ['OutType_04'], ['OK'], ['OutType_01, OutType_05'], ['']]);
  });

  it('shows the dates in its messages as dd/mm/yyyy (the cell is read by people), not ISO', () => {
    const out = fns.CHECKDP(col('EMP', 'NPE'), col(1, 1), col('2021-03-01', '2021-03-01'), omitted, omitted, omitted, col('TL1', 'TL1'), '2021-06-01', '2021', omitted);
    expect(String(out[0]![0])).toContain('OutType_04');
    expect(String(out[0]![0])).toContain('(01/03/2021)');
    expect(String(out[0]![0])).not.toContain('2021-03-01');
  });

  it('shows a row it cannot read as #VALUE! with the reason, and keeps the other rows', () => {
    const out = fns.CHECKDP(col('EMP', 'EMP'), col(1, 1), col('31/02/2021', '2021-03-01'), omitted, omitted, omitted, omitted, '2021-06-01', 2021, omitted);
    expect(out[0]![0]).toBeInstanceOf(StubError);
    expect(out[0]![0]).toMatchObject({ code: '#VALUE!', message: 'OutStartDate: "31/02/2021" is not a real date' });
    expect(out[1]).toEqual(['OK']);
  });

  it('passes a #N/A in an input cell on as #N/A for that row', () => {
    const out = fns.CHECKDP(col('EMP'), col(new StubError('#N/A')), col('2021-03-01'), omitted, omitted, omitted, omitted, '2021-06-01', 2021, omitted);
    expect(out[0]![0]).toMatchObject({ code: '#N/A', message: 'OutCode is #N/A' });
  });

  it('throws #VALUE! with a message for arguments that do not fit', () => {
    expect(() => fns.CHECKDP(col('EMP', 'EMP'), col(1), col('2021-03-01', '2021-03-01', '2021-03-01'), omitted, omitted, omitted, omitted, omitted, omitted, omitted)).toThrow(StubError);
    try {
      fns.CHECKDP(col('EMP'), col(1), col('2021-03-01'), omitted, omitted, omitted, omitted, omitted, '1999', omitted);
    } catch (e) {
      expect(e).toMatchObject({ code: '#VALUE!', message: expect.stringMatching(/Year "1999" is not a known ILR collection year/) });
    }
  });

  it('uses the year and as-of date set by the task pane', () => {
    setFunctionYear('2021');
    setFunctionAsOf('2021-06-01');
    expect(fns.CHECKDP(col('EMP'), col(3), col('2021-03-01'), omitted, omitted, omitted, omitted, omitted, omitted, omitted)).toEqual([
      [
        'OutType_01: The Outcome type and Outcome code combination is not valid: EMP 3; OutType_05: The Outcome type and Outcome code combination is not valid for this Outcome start date: EMP 3',
      ],
    ]);
  });
});

describe('the other functions as Excel calls them', () => {
  it('ILR.CHECKAIM: one result per aim, blank rows blank', () => {
    const out = fns.CHECKAIM(col(2, ''), col(s('2025-09-30'), ''), col(1, ''), col('', ''), col('31/07/2026', ''), omitted, omitted, '2025-10-15', '2526', omitted);
    expect(out).toEqual([['OK'], ['']]);
  });

  it('ILR.CHECKULN', () => {
    expect(fns.CHECKULN(col(1234567899, '1234567890'), omitted, 'ids')).toEqual([['OK'], ['ULN_04']]);
  });

  it('ILR.CHECKROW', () => {
    expect(fns.CHECKROW([['LearnRefNumber', 'ULN']], [['TL1', 1234567899], ['TL2', 12]], '2526', '2025-10-01', 'ids')[1]![0]).toMatch(/ULN_04/);
  });

  it('ILR.DESCRIBE: a description, or #N/A with a message', () => {
    expect(fns.DESCRIBE('WithdrawReason', col(29, 41), omitted)).toEqual([
      ['Learner has been made redundant'],
      ['Learner has transferred to another provider to undertake learning that meets a specific government strategy'],
    ]);
    expect(fns.DESCRIBE('OutType', [['XYZ']], omitted)[0]![0]).toMatchObject({ code: '#N/A', message: '"XYZ" is not a OutType code in 2025-26' });
  });

  it('ILR.RULE', () => {
    expect(String(fns.RULE([['ULN_04']])[0]![0])).toContain(' — ');
  });

  it('ILR.DPDUE: a date serial, or overdue text', () => {
    expect(fns.DPDUE(col(s('2025-07-31'), '2025-09-10'), '2025-10-05')).toEqual([['overdue by 5 days'], [s('2025-11-10')]]);
  });

  it('ILR.FILENAME', () => {
    expect(fns.FILENAME(10012345, 2, '2526', '2025-10-01T09:30:00')).toBe('ILR-10012345-2526-20251001-093000-02.XML');
    expect(fns.FILENAME('10012345', omitted, '2526', s('2025-10-01') + 0.5)).toBe('ILR-10012345-2526-20251001-120000-01.XML');
    expect(fns.FILENAME('10012345', omitted, '2526', omitted)).toMatch(/^ILR-10012345-2526-\d{8}-\d{6}-01\.XML$/);
    expect(() => fns.FILENAME('123', omitted, omitted, omitted)).toThrow(StubError);
  });
});
