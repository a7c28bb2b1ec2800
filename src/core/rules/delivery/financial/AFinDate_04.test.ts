import { AFinDate_04 } from './AFinDate_04';
import { fin, finFindings } from './financial-testing';

const FRAMEWORK = { LearnAimRef: 'ZPROG001', AimType: 1, FundModel: 35, ProgType: 3, LearnStartDate: '2025-09-01', LearnActEndDate: '2026-03-31', CompStatus: 2 };

describe('AFinDate_04: a framework programme price not dated after the Learning actual end date (2026-03-31)', () => {
  it.each([
    ['TNP the day before', {}, fin('TNP', 1, '2026-03-30'), 0],
    ['TNP on the end date', {}, fin('TNP', 1, '2026-03-31'), 0],
    ['TNP the day after', {}, fin('TNP', 1, '2026-04-01'), 1],
    ['TNP2 the day after', {}, fin('TNP', 2, '2026-04-01'), 1],
    ['PMR the day after (not a price)', {}, fin('PMR', 1, '2026-04-01'), 0],
    ['no actual end date', { LearnActEndDate: null, CompStatus: 1 }, fin('TNP', 1, '2026-04-01'), 0],
    ['standard excluded (ProgType 25)', { ProgType: 25, FundModel: 36 }, fin('TNP', 1, '2026-04-01'), 0],
    ['component aim (AimType 3)', { AimType: 3 }, fin('TNP', 1, '2026-04-01'), 0],
    ['not an apprenticeship (ProgType 24)', { ProgType: 24 }, fin('TNP', 1, '2026-04-01'), 0],
  ])('%s', (_n, fields, rec, n) => {
    const f = finFindings(AFinDate_04, { ...FRAMEWORK, ...fields }, [rec]);
    expect(f).toHaveLength(n);
    if (n) expect(f[0]).toMatchObject({ entity: 'AppFinRecord', field: 'AFinDate', related: [{ entity: 'LearningDelivery', field: 'LearnActEndDate', value: '2026-03-31' }] });
  });
});

describe('2020-21 (the same rule)', () => {
  const aim = { ...FRAMEWORK, ProgType: 2, LearnStartDate: '2020-09-01', LearnActEndDate: '2021-01-01' };
  it.each([
    ['framework (ProgType 2), TNP after the end', {}, 1],
    ['standard excluded', { ProgType: 25 }, 0],
  ])('%s', (_n, fields, n) => expect(finFindings(AFinDate_04, { ...aim, ...fields }, [fin('TNP', 1, '2021-01-02')], '2021')).toHaveLength(n));
});
