import { AFinDate_13 } from './AFinDate_13';
import { STANDARD, STANDARD_2021, fin, finFindings } from './financial-testing';

const ACHIEVED = { ...STANDARD, CompStatus: 2, LearnActEndDate: '2026-03-31', Outcome: 1, AchDate: '2026-05-31' };
const WITHDRAWN = { ...STANDARD, CompStatus: 3, LearnActEndDate: '2026-03-31', Outcome: 3, WithdrawReason: 40 };

describe('AFinDate_13: a standard price not after the achievement date (or the end date when withdrawn)', () => {
  it.each([
    ['achieved: TNP the day after AchDate', ACHIEVED, fin('TNP', 2, '2026-06-01'), 1, 'AchDate'],
    ['achieved: TNP on AchDate', ACHIEVED, fin('TNP', 2, '2026-05-31'), 0, ''],
    ['achieved: TNP after the end date, before AchDate', ACHIEVED, fin('TNP', 1, '2026-04-30'), 0, ''],
    ['achieved: PMR after AchDate', ACHIEVED, fin('PMR', 2, '2026-06-01'), 0, ''],
    ['withdrawn: TNP the day after the end date', WITHDRAWN, fin('TNP', 1, '2026-04-01'), 1, 'LearnActEndDate'],
    ['withdrawn: TNP on the end date', WITHDRAWN, fin('TNP', 1, '2026-03-31'), 0, ''],
    ['ended without a withdrawal reason or AchDate', { ...WITHDRAWN, WithdrawReason: null, CompStatus: 2, Outcome: 8 }, fin('TNP', 1, '2026-04-01'), 0, ''],
    ['not a standard (ProgType 24)', { ...ACHIEVED, ProgType: 24 }, fin('TNP', 1, '2026-06-01'), 0, ''],
  ])('%s', (_n, aim, rec, n, field) => {
    const f = finFindings(AFinDate_13, aim, [rec]);
    expect(f).toHaveLength(n);
    if (n) expect(f[0]).toMatchObject({ entity: 'AppFinRecord', field: 'AFinDate', related: [{ entity: 'LearningDelivery', field }] });
  });
  it('2020-21: the same rule', () => {
    expect(finFindings(AFinDate_13, { ...STANDARD_2021, CompStatus: 2, LearnActEndDate: '2021-03-31', Outcome: 1, AchDate: '2021-04-30' }, [fin('TNP', 1, '2021-05-01')], '2021')).toHaveLength(1);
  });
});
