import { LearnDelFAMDateFrom_02 } from './LearnDelFAMDateFrom_02';
import { fam, famFindings } from './fam-testing';

describe('LearnDelFAMDateFrom_02: a FAM applies from on or after the aim start (2025-09-01)', () => {
  it.each([
    ['the day before', 35, '2025-08-31', 1],
    ['on the start', 35, '2025-09-01', 0],
    ['the day after', 35, '2025-09-02', 0],
    ['FundModel 38, the day before', 38, '2025-08-31', 1],
    ['FundModel 99, the day before', 99, '2025-08-31', 1],
    ['FundModel 25, the day before', 25, '2025-08-31', 0],
  ])('%s', (_n, fm, from, n) => {
    const f = famFindings(LearnDelFAMDateFrom_02, { FundModel: fm }, [fam('LSF', 1, from, '2026-06-30')]);
    expect(f).toHaveLength(n);
    if (n) expect(f[0]).toMatchObject({ entity: 'LearningDeliveryFAM', field: 'LearnDelFAMDateFrom', value: from, related: [{ entity: 'LearningDelivery', field: 'LearnStartDate', value: '2025-09-01' }] });
  });
  it('no date from', () => expect(famFindings(LearnDelFAMDateFrom_02, {}, [fam('SOF', 105)])).toHaveLength(0));
});

describe('2020-21 (ESFA 2020-21 service cases)', () => {
  // LearnDelFAMDateFrom_02RuleTests: Validate_Error (FundModel 35, start 2017-01-01, from 2016-01-01), Validate_NoErrors
  // (no date from); FundModel 38 is not in the service's list.
  it.each([
    ['Validate_Error', { FundModel: 35, LearnStartDate: '2017-01-01' }, [fam('LSF', 1, '2016-01-01', '2017-06-30')], 1],
    ['Validate_NoErrors', { FundModel: 35, LearnStartDate: '2017-01-01' }, [fam('NOT', 1)], 0],
    ['FundModel 38 not checked', { FundModel: 38, LearnStartDate: '2017-01-01' }, [fam('LSF', 1, '2016-01-01', '2017-06-30')], 0],
  ])('%s', (_n, fields, fams, n) => expect(famFindings(LearnDelFAMDateFrom_02, fields, fams, '2021')).toHaveLength(n));
});
