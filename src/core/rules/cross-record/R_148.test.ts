import type { RecordSpec } from '../../model/build';
import { aim, learnerFindings } from './cross-testing';
import { R_148 } from './R_148';

const ldm = (code: string) => ({ LearnDelFAMType: 'LDM', LearnDelFAMCode: code });
const run = (dob: string, level: number, fams: RecordSpec[], start = '2025-09-01') =>
  learnerFindings(R_148, { DateOfBirth: dob, PriorAttain: [{ PriorLevel: level, DateLevelApp: '2020-06-30' }], LearningDelivery: [aim(1, { FundModel: 38, LearnStartDate: start, LearningDeliveryFAM: fams })] });

describe('R_148: a 19-23 Free Courses for Jobs learner below threshold or below level 3', () => {
  it.each<[string, string, number, RecordSpec[], string, number]>([
    ['aged 20, level 3 (6), no LDM 391', '2005-01-01', 6, [ldm('378')], '2025-09-01', 1],
    ['with LDM 391', '2005-01-01', 6, [ldm('378'), ldm('391')], '2025-09-01', 0],
    ['prior attainment level 2 (5)', '2005-01-01', 5, [ldm('378')], '2025-09-01', 0],
    ['prior attainment not known (99 counts as below)', '2005-01-01', 99, [ldm('378')], '2025-09-01', 0],
    ['no LDM 378', '2005-01-01', 6, [ldm('034')], '2025-09-01', 0],
    ['19 on the start day', '2006-09-01', 6, [ldm('378')], '2025-09-01', 1],
    ['18 (19 the day after the start)', '2006-09-02', 6, [ldm('378')], '2025-09-01', 0],
    ['23 the day before turning 24', '2001-09-02', 6, [ldm('378')], '2025-09-01', 1],
    ['24 on the start day', '2001-09-01', 6, [ldm('378')], '2025-09-01', 0],
    ['started 31 July 2024', '2005-01-01', 6, [ldm('378')], '2024-07-31', 0],
    ['started 1 August 2024', '2005-01-01', 6, [ldm('378')], '2024-08-01', 1],
  ])('%s', (_n, dob, level, fams, start, n) => {
    const f = run(dob, level, fams, start);
    expect(f).toHaveLength(n);
    for (const x of f) expect(x).toMatchObject({ rule: 'R_148', field: 'LearnDelFAMCode', value: '378', aimSeqNumber: '1' });
  });

  it('does not run for 2020-21', () => {
    expect(learnerFindings(R_148, { DateOfBirth: '2005-01-01', PriorAttain: [{ PriorLevel: 6 }], LearningDelivery: [aim(1, { LearnStartDate: '2025-09-01', LearningDeliveryFAM: [ldm('378')] })] }, '2021')).toHaveLength(0);
  });
});
