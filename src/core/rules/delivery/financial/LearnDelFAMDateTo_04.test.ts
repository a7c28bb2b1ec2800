import { LearnDelFAMDateTo_04 } from './LearnDelFAMDateTo_04';
import { fam, famFindings } from './fam-testing';

describe('LearnDelFAMDateTo_04: a date to only on LSF, ACT and ALB', () => {
  it.each([['LSF', 0], ['ACT', 0], ['ALB', 0], ['EVI', 1], ['SOF', 1]])('%s with a date to', (type, n) => {
    const f = famFindings(LearnDelFAMDateTo_04, {}, [fam(type, 1, '2025-09-01', '2026-01-31')]);
    expect(f).toHaveLength(n);
    if (n) expect(f[0]).toMatchObject({ entity: 'LearningDeliveryFAM', field: 'LearnDelFAMDateTo', value: '2026-01-31' });
  });
  it('SOF without a date to', () => expect(famFindings(LearnDelFAMDateTo_04, {}, [fam('SOF', 105)])).toHaveLength(0));
  it('2020-21: the same rule', () => expect(famFindings(LearnDelFAMDateTo_04, {}, [fam('LDM', 1, undefined, '2021-01-31')], '2021')).toHaveLength(1));
});
