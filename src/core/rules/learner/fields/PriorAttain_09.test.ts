import { PriorAttain_09 } from './PriorAttain_09';
import { learnerFindings } from './fields-testing';

describe('PriorAttain_09: DateLevelApp not after the file preparation date', () => {
  it.each([
    ['the day after the file preparation date', '2026-02-02', 1],
    ['on the file preparation date (boundary)', '2026-02-01', 0],
    ['the day before', '2026-01-31', 0],
  ])('%s', (_n, d, expected) => {
    const f = learnerFindings(PriorAttain_09, '2526', { PriorAttain: [{ PriorLevel: 2, DateLevelApp: '2015-07-01' }, { PriorLevel: 3, DateLevelApp: d }] }, undefined, '2026-02-01');
    expect(f).toHaveLength(expected);
    if (expected) expect(f[0]).toMatchObject({ entity: 'PriorAttain', field: 'DateLevelApp', value: d });
  });
  it('no PriorAttain record: nothing to check', () => expect(learnerFindings(PriorAttain_09, '2526', {})).toHaveLength(0));
  it('does not exist in 2020-21 (PriorAttain was a learner field)', () => expect(learnerFindings(PriorAttain_09, '2021', { PriorAttain: 2 })).toHaveLength(0));
});
