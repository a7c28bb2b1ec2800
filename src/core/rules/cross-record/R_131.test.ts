import type { RecordSpec } from '../../model/build';
import { aim, learnerFindings, relatedOf } from './cross-testing';
import { R_131 } from './R_131';

const pa = (on?: string, level = 2): RecordSpec => ({ PriorLevel: level, ...(on ? { DateLevelApp: on } : {}) });

describe('R_131: a prior attainment dated on or before the first start', () => {
  it.each<[string, RecordSpec[], RecordSpec[], number]>([
    ['dated before the start', [pa('2025-06-30')], [aim(1)], 0],
    ['dated on the start', [pa('2025-09-01')], [aim(1)], 0],
    ['dated the day after', [pa('2025-09-02')], [aim(1)], 1],
    ['one of two dated in time', [pa('2025-10-01', 3), pa('2025-06-30')], [aim(1)], 0],
    ['the earliest start counts', [pa('2025-08-15')], [aim(1), aim(2, { LearnStartDate: '2025-08-01' })], 1],
    ['a 16-19 aim is not counted', [pa('2025-08-15')], [aim(1), aim(2, { LearnStartDate: '2025-08-01', FundModel: 25 })], 0],
    ['only 16-19 aims', [pa('2025-10-01')], [aim(1, { FundModel: 25 })], 0],
    ['no prior attainment (PriorAttain_01)', [], [aim(1)], 0],
    ['no DateLevelApp: not compared', [pa()], [aim(1)], 0],
    ['apprenticeship (36)', [pa('2025-10-01')], [aim(1, { FundModel: 36 })], 1],
  ])('%s', (_n, pas, aims, n) => {
    const f = learnerFindings(R_131, { PriorAttain: pas, LearningDelivery: aims });
    expect(f).toHaveLength(n);
    for (const x of f) expect(x).toMatchObject({ rule: 'R_131', entity: 'PriorAttain', field: 'DateLevelApp' });
  });

  it("marks the first aim's start as related", () => {
    const f = learnerFindings(R_131, { PriorAttain: [pa('2025-10-01')], LearningDelivery: [aim(1)] });
    expect(f.map(relatedOf)).toEqual([['LearnStartDate=2025-09-01']]);
  });

  it('does not run for 2020-21', () => {
    expect(learnerFindings(R_131, { PriorAttain: [pa('2025-10-01')], LearningDelivery: [aim(1)] }, '2021')).toHaveLength(0);
  });
});
