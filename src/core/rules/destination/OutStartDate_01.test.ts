import { findingsOf } from '../testing';
import { dpSpec, out } from './dp-fixtures';
import { OutStartDate_01 } from './OutStartDate_01';

describe('OutStartDate_01: start not more than 10 years before the teaching year', () => {
  it.each([
    ['2021: the day before 1 Aug 2010', '2021', '2010-07-31', 1],
    ['2021: on 1 Aug 2010', '2021', '2010-08-01', 0],
    ['2021: after', '2021', '2010-08-02', 0],
    ['2526: the day before 1 Aug 2015 (advice)', '2526', '2015-07-31', 1],
    ['2526: on 1 Aug 2015', '2526', '2015-08-01', 0],
  ])('%s', (_n, year, start, expected) => {
    const f = findingsOf(OutStartDate_01, year, dpSpec([out({ OutStartDate: start })]));
    expect(f).toHaveLength(expected);
    if (expected) expect(f[0]).toMatchObject({ field: 'OutStartDate', value: start, severity: year === '2021' ? 'error' : 'advice' });
  });
});

describe('2020-21 (ESFA 2020-21 service cases)', () => {
  it.each<[string, string[], number]>([
    ['ConditionMet_True: 1 Jul 2010, before 1 Aug 2010 (year start less 10 years)', ['2010-07-01'], 1],
    ['ConditionMet_False: 2 Aug 2010', ['2010-08-02'], 0],
    ['ValidateError: 1 Jul 2010', ['2010-07-01'], 1],
    ['ValidateNoError: 2 Aug 2010', ['2010-08-02'], 0],
    ['ValidateNoErrorNull: no outcomes', [], 0],
  ])('%s', (_n, starts, expected) => {
    expect(findingsOf(OutStartDate_01, '2021', dpSpec(starts.map((s) => out({ OutStartDate: s }))))).toHaveLength(expected);
  });
});
