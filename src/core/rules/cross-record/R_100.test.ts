import type { RecordSpec } from '../../model/build';
import { aim, learnerFindings } from './cross-testing';
import { R_100 } from './R_100';

const fin = (type: string, code: number) => ({ AFinType: type, AFinCode: code, AFinDate: '2024-09-01', AFinAmount: 500 });
const std = (fins: RecordSpec[], extra: RecordSpec = {}) =>
  aim(1, { FundModel: 36, ProgType: 25, StdCode: 1, AimType: 1, LearnStartDate: '2024-09-01', CompStatus: 2, LearnActEndDate: '2025-10-01', Outcome: 1, AppFinRecord: fins, ...extra });

describe('R_100: a completed standard needs an assessment price', () => {
  it.each<[string, RecordSpec, number]>([
    ['TNP 2', std([fin('TNP', 1), fin('TNP', 2)]), 0],
    ['TNP 4', std([fin('TNP', 3), fin('TNP', 4)]), 0],
    ['TNP 1 only', std([fin('TNP', 1)]), 1],
    ['PMR 2 is not a price', std([fin('TNP', 1), fin('PMR', 2)]), 1],
    ['no financial record', std([]), 1],
    ['continuing', std([fin('TNP', 1)], { CompStatus: 1, LearnActEndDate: null, Outcome: null }), 0],
    ['withdrawn', std([fin('TNP', 1)], { CompStatus: 3 }), 0],
    ['a component aim', std([], { AimType: 3 }), 0],
    ['non-funded standard excluded', std([], { FundModel: 99 }), 0],
  ])('%s', (_n, a, n) => {
    const f = learnerFindings(R_100, { LearningDelivery: [a] });
    expect(f).toHaveLength(n);
    for (const x of f) expect(x).toMatchObject({ rule: 'R_100', field: 'CompStatus', value: '2', aimSeqNumber: '1' });
  });
});

describe("2020-21 (the same check in ESFA's 2020-21 service)", () => {
  it.each<[string, RecordSpec, number]>([
    ['completed standard with TNP 1 only', std([fin('TNP', 1)], { LearnStartDate: '2019-09-01', LearnActEndDate: '2020-10-01' }), 1],
    ['completed standard with TNP 2', std([fin('TNP', 2)], { LearnStartDate: '2019-09-01', LearnActEndDate: '2020-10-01' }), 0],
  ])('%s', (_n, a, n) => expect(learnerFindings(R_100, { LearningDelivery: [a] }, '2021')).toHaveLength(n));
});
