import { LearnDelFAMDateFrom_03 } from './LearnDelFAMDateFrom_03';
import { fam, famFindings } from './fam-testing';

describe('LearnDelFAMDateFrom_03: a date from only on LSF, ACT, ALB and EVI', () => {
  it.each([['LSF', 0], ['ACT', 0], ['ALB', 0], ['EVI', 0], ['SOF', 1], ['LDM', 1]])('%s with a date from', (type, n) => {
    const f = famFindings(LearnDelFAMDateFrom_03, {}, [fam(type, 1, '2025-09-01')]);
    expect(f).toHaveLength(n);
    if (n) expect(f[0]).toMatchObject({ entity: 'LearningDeliveryFAM', field: 'LearnDelFAMDateFrom', value: '2025-09-01' });
  });
  it('SOF without a date from', () => expect(famFindings(LearnDelFAMDateFrom_03, {}, [fam('SOF', 105)])).toHaveLength(0));
});

describe('2020-21 (ESFA 2020-21 service cases)', () => {
  // LearnDelFAMDateFrom_03RuleTests: Validate_Error ("NOT" with a date from), Validate_NoErrors (no date from), and the
  // allowed types LSF, ACT, ALB; EVI is not allowed.
  it.each([
    ['Validate_Error', fam('NOT', 1, '2016-01-01'), 1],
    ['Validate_NoErrors', fam('NOT', 1), 0],
    ['LSF', fam('LSF', 1, '2016-01-01'), 0],
    ['EVI', fam('EVI', 1, '2020-09-01'), 1],
  ])('%s', (_n, f, n) => expect(famFindings(LearnDelFAMDateFrom_03, {}, [f], '2021')).toHaveLength(n));
});
