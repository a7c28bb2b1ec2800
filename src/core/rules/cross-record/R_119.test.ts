import type { RecordSpec } from '../../model/build';
import { aim, learnerFindings, relatedOf } from './cross-testing';
import { R_119 } from './R_119';

const fin = (type: string, on: string, code: number | null = 1) => ({ AFinType: type, AFinCode: code, AFinDate: on, AFinAmount: 500 });
const std = (start: string, fins: RecordSpec[]) => aim(1, { FundModel: 36, ProgType: 25, StdCode: 1, AimType: 1, LearnStartDate: start, AppFinRecord: fins });

describe('R_119: a price record not before the start date', () => {
  it.each<[string, RecordSpec, number]>([
    ['TNP on the start date', std('2025-09-01', [fin('TNP', '2025-09-01')]), 0],
    ['TNP the day before the start', std('2025-09-01', [fin('TNP', '2025-08-31')]), 1],
    ['TNP after the start', std('2025-09-01', [fin('TNP', '2025-10-01')]), 0],
    ['PMR before the start: not a price', std('2025-09-01', [fin('PMR', '2025-08-31')]), 0],
    ['TNP without a code', std('2025-09-01', [fin('TNP', '2025-08-31', null)]), 0],
    ['started 1 February 2019', std('2019-02-01', [fin('TNP', '2019-01-31')]), 1],
    ['started 31 January 2019', std('2019-01-31', [fin('TNP', '2019-01-30')]), 0],
  ])('%s', (_n, a, n) => {
    const f = learnerFindings(R_119, { LearningDelivery: [a] });
    expect(f).toHaveLength(n);
    for (const x of f) expect(x).toMatchObject({ rule: 'R_119', entity: 'AppFinRecord', field: 'AFinDate', aimSeqNumber: '1' });
  });

  it("marks the aim's start date as related", () => {
    expect(learnerFindings(R_119, { LearningDelivery: [std('2025-09-01', [fin('TNP', '2025-08-31')])] }).map(relatedOf)).toEqual([['LearnStartDate=2025-09-01']]);
  });
});

describe("2020-21 (the same check in ESFA's 2020-21 service)", () => {
  it.each<[string, RecordSpec, number]>([
    ['start 2019-02-01, TNP 2019-01-01', std('2019-02-01', [fin('TNP', '2019-01-01')]), 1],
    ['start 2019-01-01, TNP 2018-12-01', std('2019-01-01', [fin('TNP', '2018-12-01')]), 0],
  ])('%s', (_n, a, n) => expect(learnerFindings(R_119, { LearningDelivery: [a] }, '2021')).toHaveLength(n));
});
