import { checkDp } from '../../../src/functions/impl/check-dp';
import { isRowProblem } from '../../../src/functions/impl/problems';
import { OutType_01 } from '../../../src/core/rules/destination/OutType_01';
import { OutType_03 } from '../../../src/core/rules/destination/OutType_03';
import { OutType_04 } from '../../../src/core/rules/destination/OutType_04';
import { OutType_05 } from '../../../src/core/rules/destination/OutType_05';
import { OutEndDate_01 } from '../../../src/core/rules/destination/OutEndDate_01';
import { OutCollDate_01 } from '../../../src/core/rules/destination/OutCollDate_01';
import { isoToSerial } from '../../../src/core/cells/excel-date';
import { resetFunctionSettings, setFunctionYear } from '../../../src/functions/function-settings';
import type { RuleDefinition } from '../../../src/core/rules/types';

/** Columns as Excel passes a range: [[v1], [v2], …]. */
const col = (...values: unknown[]) => values.map((v) => [v]);
const serial = (iso: string) => isoToSerial(iso);
const DP_RULES: RuleDefinition[] = [OutType_01, OutType_03, OutType_04, OutType_05, OutEndDate_01, OutCollDate_01];

afterEach(() => resetFunctionSettings());

describe('ILR.CHECKDP, one outcome per row', () => {
  it('returns OK for a valid outcome and the rule for an invalid type/code pair, row by row', () => {
    const out = checkDp(
      {
        outType: col('EMP', 'EMP', 'EDU'),
        outCode: col(1, '3', '04'),
        outStartDate: col(serial('2021-03-01'), '01/03/2021', '2021-03-01'),
        year: [['2021']],
        asOf: [[serial('2021-06-01')]],
      },
      DP_RULES,
    );
    expect(out).toEqual([
      ['OK'],
      [
        'OutType_01: The Outcome type and Outcome code combination is not valid: EMP 3; ' +
          'OutType_05: The Outcome type and Outcome code combination is not valid for this Outcome start date: EMP 3',
      ],
      ['OK'],
    ]);
  });

  it('checks the supplied optional dates, and only runs rules whose fields were all supplied', () => {
    const args = {
      outType: col('EMP'),
      outCode: col(1),
      outStartDate: col(serial('2021-03-01')),
      outEndDate: col('28/02/2021'),
      year: [[2021]],
      asOf: [['2021-06-01']],
    };
    expect(checkDp(args, DP_RULES)).toEqual([['OutEndDate_01: The Outcome end date must not be before the Outcome start date']]);
    // Without OutEndDate the rule that reads it is not run (rather than reporting a missing value).
    expect(checkDp({ ...args, outEndDate: null }, DP_RULES)).toEqual([['OK']]);
  });

  it('takes the as-of date as the file preparation date (collection date in the future)', () => {
    const out = checkDp(
      {
        outType: col('EMP', 'EMP'),
        outCode: col(1, 1),
        outStartDate: col('2021-03-01', '2021-03-02'),
        outCollDate: col('2021-05-01', '2021-07-01'),
        learnRefNumber: col('A1', 'A2'),
        asOf: [['2021-06-01']],
        year: [['2020-21']],
      },
      DP_RULES,
    );
    expect(out[0]).toEqual(['OK']);
    expect(String(out[1]![0])).toMatch(/^OutCollDate_01: /);
  });

  it('gives "" for a blank row and #VALUE! (a row problem) for a row it cannot read, the other rows still answer', () => {
    const out = checkDp(
      {
        outType: col('EMP', '', 'EMP', 'EMP'),
        outCode: col(1, '', 1, { error: '#N/A' }),
        outStartDate: col('2021-03-01', null, '31/02/2021', '2021-03-01'),
        year: [['2021']],
        asOf: [['2021-06-01']],
      },
      DP_RULES,
    );
    expect(out[0]).toEqual(['OK']);
    expect(out[1]).toEqual(['']);
    expect(isRowProblem(out[2]![0])).toBe(true);
    expect(out[2]![0]).toEqual({ code: 'value', problem: 'OutStartDate: "31/02/2021" is not a real date' });
    expect(out[3]![0]).toEqual({ code: 'na', problem: 'OutCode is #N/A' });
  });

  it('returns rule IDs only with "ids"', () => {
    const out = checkDp(
      { outType: col('EMP'), outCode: col(3), outStartDate: col('2021-03-01'), year: [['2021']], asOf: [['2021-06-01']], output: [['ids']] },
      DP_RULES,
    );
    expect(out).toEqual([['OutType_01, OutType_05']]);
  });
});

describe('ILR.CHECKDP, cross-row rules per learner', () => {
  const base = { year: [['2021']], asOf: [['2021-06-01']] };

  it('reports three EDU outcomes on one date on each of the three rows, not on the other learner or date', () => {
    const out = checkDp(
      {
        ...base,
        learnRefNumber: col('L1', 'L1', 'L1', 'L1', 'L2', 'L1'),
        outType: col('EDU', 'EDU', 'EMP', 'EDU', 'EDU', 'EDU'),
        outCode: col(4, 5, 1, 6, 4, 4),
        outStartDate: col('2021-03-01', '2021-03-01', '2021-03-01', '2021-03-01', '2021-03-01', '2021-04-01'),
      },
      DP_RULES,
    );
    const ids = out.map((r) => String(r[0]));
    const edu3 = /OutType_03: The learner must not have more than two Education \(EDU\) outcomes with the same Outcome start date: EDU on 2021-03-01/;
    expect(ids[0]).toMatch(edu3);
    expect(ids[1]).toMatch(edu3);
    expect(ids[3]).toMatch(edu3);
    expect(ids[2]).toBe('OK'); // the EMP on the same date takes no part
    expect(ids[4]).toBe('OK'); // another learner
    expect(ids[5]).toBe('OK'); // another date
  });

  it('reports EMP and NPE on the same date on both rows (learner references compared as given)', () => {
    const out = checkDp(
      {
        ...base,
        learnRefNumber: col('L1', 'L1', 'L1', 'L2'),
        outType: col('EMP', 'NPE', 'EDU', 'NPE'),
        outCode: col(1, 1, 4, 1),
        outStartDate: col('2021-03-01', '2021-03-01', '2021-03-01', '2021-03-01'),
        output: [['ids']],
      },
      DP_RULES,
    );
    expect(out).toEqual([['OutType_04'], ['OutType_04'], ['OK'], ['OK']]);
  });

  it('treats rows as separate learners when LearnRefNumber is not given', () => {
    const out = checkDp(
      {
        ...base,
        outType: col('EMP', 'NPE'),
        outCode: col(1, 1),
        outStartDate: col('2021-03-01', '2021-03-01'),
      },
      DP_RULES,
    );
    expect(out).toEqual([['OK'], ['OK']]);
  });

  it('in a year without the DP entity, reports the same rules as advice (marked so)', () => {
    const out = checkDp(
      { outType: col('EMP'), outCode: col(3), outStartDate: col('2025-09-01'), year: [['2526']], asOf: [['2025-10-01']] },
      DP_RULES,
    );
    expect(String(out[0]![0])).toMatch(/^OutType_01: .*EMP 3 \(advice: the 2025-26 ILR has no Destination and Progression entity/);
  });
});

describe('ILR.CHECKDP arguments', () => {
  it('refuses ranges of different heights and a multi-column range, naming them', () => {
    expect(() => checkDp({ outType: col('EMP', 'EMP'), outCode: col(1, 1, 1), outStartDate: col('2021-03-01') }, DP_RULES)).toThrow(
      /same height: OutCode has 3 rows, OutType has 2/,
    );
    expect(() => checkDp({ outType: [['EMP', 'x']], outCode: col(1), outStartDate: col('2021-03-01') }, DP_RULES)).toThrow(/OutType must be a single column/);
  });

  it('refuses an unknown year and an unreadable AsOf', () => {
    expect(() => checkDp({ outType: col('EMP'), outCode: col(1), outStartDate: col('2021-03-01'), year: [['1999']] }, DP_RULES)).toThrow(
      /Year "1999" is not a known ILR collection year/,
    );
    expect(() => checkDp({ outType: col('EMP'), outCode: col(1), outStartDate: col('2021-03-01'), asOf: [['soon']] }, DP_RULES)).toThrow(/AsOf: "soon" is not a date/);
  });

  it('uses the task pane year when the formula gives none', () => {
    setFunctionYear('2021');
    const out = checkDp({ outType: col('EMP'), outCode: col(3), outStartDate: col('2021-03-01'), asOf: [['2021-06-01']] }, DP_RULES);
    expect(String(out[0]![0])).not.toMatch(/advice/);
    setFunctionYear('2526');
    const out2 = checkDp({ outType: col('EMP'), outCode: col(3), outStartDate: col('2021-03-01'), asOf: [['2021-06-01']] }, DP_RULES);
    expect(String(out2[0]![0])).toMatch(/advice/);
  });
});

describe('ILR.CHECKDP recalculation', () => {
  it('gives the same answers from cached units as from a fresh check, and re-checks an edited learner', async () => {
    const { clearResultCache } = await import('../../../src/functions/impl/result-cache');
    const args = {
      learnRefNumber: col('L1', 'L1', 'L1', 'L2', 'L2'),
      outType: col('EDU', 'EDU', 'EDU', 'EMP', 'NPE'),
      outCode: col(4, 5, 6, 1, 1),
      outStartDate: col('2021-03-01', '2021-03-01', '2021-03-01', '2021-03-01', '2021-04-01'),
      year: [['2021']],
      asOf: [['2021-06-01']],
      output: [['ids']],
    };
    clearResultCache();
    const first = checkDp(args);
    expect(checkDp(args)).toEqual(first);
    // L2's NPE moves onto the EMP's date: only L2 changes.
    const edited = { ...args, outStartDate: col('2021-03-01', '2021-03-01', '2021-03-01', '2021-03-01', '2021-03-01') };
    const after = checkDp(edited);
    clearResultCache();
    expect(after).toEqual(checkDp(edited));
    expect(after.slice(0, 3)).toEqual(first.slice(0, 3));
    expect(String(after[3]![0])).toMatch(/OutType_04/);
    expect(String(first[3]![0])).not.toMatch(/OutType_04/);
  });
});

describe('ILR.CHECKDP cell text', () => {
  it('gives the shared advice note once when several destination findings carry it', () => {
    const out = checkDp(
      { outType: col('EMP'), outCode: col(3), outStartDate: col('2025-09-01'), year: [['2526']], asOf: [['2025-10-01']] },
      DP_RULES.concat([]),
    );
    const text = String(out[0]![0]);
    expect(text.match(/\(advice: the 2025-26 ILR has no Destination and Progression entity/g)).toHaveLength(1);
  });
});
