import { LearnDelFAMDateFrom_01 } from './LearnDelFAMDateFrom_01';
import { fam, famFindings } from './fam-testing';

describe('LearnDelFAMDateFrom_01: LSF and ALB FAMs have both dates', () => {
  it.each([
    ['LSF with both', fam('LSF', 1, '2025-09-01', '2026-06-30'), ''],
    ['LSF without from', fam('LSF', 1, undefined, '2026-06-30'), 'LearnDelFAMDateFrom'],
    ['LSF without to', fam('LSF', 1, '2025-09-01'), 'LearnDelFAMDateTo'],
    ['ALB without either', fam('ALB', 1), 'LearnDelFAMDateFrom'],
    ['ACT without to', fam('ACT', 1, '2025-09-01'), ''],
    ['SOF without dates', fam('SOF', 105), ''],
  ])('%s', (_n, f, field) => {
    const found = famFindings(LearnDelFAMDateFrom_01, {}, [f]);
    expect(found).toHaveLength(field ? 1 : 0);
    if (field) expect(found[0]).toMatchObject({ entity: 'LearningDeliveryFAM', field, aimSeqNumber: '1' });
  });
  it('2020-21: the same rule', () => expect(famFindings(LearnDelFAMDateFrom_01, {}, [fam('LSF', 1, '2020-09-01')], '2021')).toHaveLength(1));
});
