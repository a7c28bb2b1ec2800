import { heFindings, type HeCase } from './he-testing';
import { TYPEYR_02 } from './TYPEYR_02';

const aim = (start: string, end: string | null) => ({ LearnStartDate: start, LearnActEndDate: end, CompStatus: end ? 2 : 1 });

describe('TYPEYR_02: completed within the academic year it started needs TYPEYR 1', () => {
  it.each<[string, HeCase, number]>([
    ['2025-09-01 to 2026-06-30, FUNDCOMP 1, TYPEYR 2', { aim: aim('2025-09-01', '2026-06-30'), he: { TYPEYR: 2 } }, 1],
    ['2025-08-01 to 2026-07-31 (both ends of the year), TYPEYR 2', { aim: aim('2025-08-01', '2026-07-31'), he: { TYPEYR: 2 } }, 1],
    ['2025-07-31 to 2025-08-01 (two years), TYPEYR 2', { aim: aim('2025-07-31', '2025-08-01'), he: { TYPEYR: 2 } }, 0],
    ['2025-09-01 to 2026-08-01 (next year), TYPEYR 2', { aim: aim('2025-09-01', '2026-08-01'), he: { TYPEYR: 2 } }, 0],
    ['not ended, TYPEYR 2', { aim: aim('2025-09-01', null), he: { TYPEYR: 2 } }, 0],
    ['FUNDCOMP 2, TYPEYR 2', { aim: aim('2025-09-01', '2026-06-30'), he: { TYPEYR: 2, FUNDCOMP: 2 } }, 0],
    ['FUNDCOMP not returned, TYPEYR 2', { aim: aim('2025-09-01', '2026-06-30'), he: { TYPEYR: 2, FUNDCOMP: null } }, 0],
    ['TYPEYR 1', { aim: aim('2025-09-01', '2026-06-30'), he: { TYPEYR: 1 } }, 0],
    ['started 2009-08-01 (boundary), TYPEYR 2', { aim: aim('2009-08-01', '2010-06-30'), he: { TYPEYR: 2 } }, 1],
    ['started 2009-07-31, TYPEYR 2', { aim: aim('2009-07-31', '2009-07-31'), he: { TYPEYR: 2 } }, 0],
  ])('%s', (_n, c, n) => {
    for (const year of ['2526', '2021']) {
      const f = heFindings(TYPEYR_02, year, c);
      expect(f).toHaveLength(n);
      if (n) expect(f[0]).toMatchObject({ rule: 'TYPEYR_02', field: 'TYPEYR', aimSeqNumber: '1' });
    }
  });
});

describe('2020-21 (ESFA 2020-21 service cases)', () => {
  it.each<[string, HeCase, number]>([
    ['ConditionMetLearningDeliveryHE: FUNDCOMP 1, TYPEYR 2', { aim: aim('2017-08-01', '2017-12-01'), he: { FUNDCOMP: 1, TYPEYR: 2 } }, 1],
    ['ConditionMetLearningDeliveryHE: FUNDCOMP 1, TYPEYR 3', { aim: aim('2017-08-01', '2017-12-01'), he: { FUNDCOMP: 1, TYPEYR: 3 } }, 1],
    ['ConditionMetLearningDeliveryHE: FUNDCOMP 1, TYPEYR 1', { aim: aim('2017-08-01', '2017-12-01'), he: { FUNDCOMP: 1, TYPEYR: 1 } }, 0],
    ['ConditionMetLearningDelivery: 2017-01-01 to 2018-01-06 (two years)', { aim: aim('2017-01-01', '2018-01-06'), he: { FUNDCOMP: 1, TYPEYR: 2 } }, 0],
    ['ConditionMetLearningDelivery: no actual end date', { aim: aim('2017-08-01', null), he: { FUNDCOMP: 1, TYPEYR: 2 } }, 0],
  ])('%s', (_n, c, n) => expect(heFindings(TYPEYR_02, '2021', c)).toHaveLength(n));
});
