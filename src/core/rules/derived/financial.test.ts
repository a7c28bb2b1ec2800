import { text } from '../../model/access';
import { financialRecords, hasFinancialRecord } from './financial';
import { perAim } from './probe-testing';

const fin = (type: string, code: number | string, d: string) => ({ AFinType: type, AFinCode: code, AFinDate: d, AFinAmount: 100 });

describe('financial records by aim, type and code', () => {
  const learner = {
    LearningDelivery: [
      {
        AimSeqNumber: 1, AimType: 1, LearnStartDate: '2025-09-01',
        AppFinRecord: [fin('TNP', 1, '2025-09-01'), fin('tnp ', 3, '2025-10-01'), fin('PMR', 1, '2025-09-30'), fin('TNP', 'x', '2025-11-01'), fin('TNP', 1, '2025-12-01')],
      },
      { AimSeqNumber: 2, AimType: 3, LearnStartDate: '2025-09-01' },
    ],
  };
  const dates = (recs: readonly unknown[]) => (recs as Parameters<typeof text>[0][]).map((r) => text(r, 'AFinDate'));

  it('gives the records of a type, in file order (types trimmed, any case)', () => {
    expect(perAim(learner, (l, a, ctx) => dates(financialRecords(l, a, ctx, 'TNP')))).toEqual([['2025-09-01', '2025-10-01', '2025-11-01', '2025-12-01'], []]);
  });
  it('gives the records of a type and code', () => {
    expect(perAim(learner, (l, a, ctx) => dates(financialRecords(l, a, ctx, 'TNP', 1)))).toEqual([['2025-09-01', '2025-12-01'], []]);
    expect(perAim(learner, (l, a, ctx) => dates(financialRecords(l, a, ctx, 'TNP', 1, 3)))).toEqual([['2025-09-01', '2025-10-01', '2025-12-01'], []]);
    expect(perAim(learner, (l, a, ctx) => dates(financialRecords(l, a, ctx, 'PMR', 2)))).toEqual([[], []]);
  });
  it('says whether there is one', () => {
    expect(perAim(learner, (l, a, ctx) => hasFinancialRecord(l, a, ctx, 'PMR', 1))).toEqual([true, false]);
    expect(perAim(learner, (l, a, ctx) => hasFinancialRecord(l, a, ctx, 'TNP', 2, 4))).toEqual([false, false]);
  });
});
