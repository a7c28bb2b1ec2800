import type { RecordSpec } from '../../model/build';
import { aim, learnerFindings } from './cross-testing';
import { R_132 } from './R_132';

const ldm = (code: string) => ({ LearnDelFAMType: 'LDM', LearnDelFAMCode: code });
const les = (stat: number, bsi?: number): RecordSpec => ({ DateEmpStatApp: '2022-01-01', EmpStat: stat, EmploymentStatusMonitoring: bsi ? [{ ESMType: 'BSI', ESMCode: bsi }] : [] });
const run = (level: number, fams: RecordSpec[], extra: RecordSpec = {}, statuses: RecordSpec[] = [les(10)]) =>
  learnerFindings(R_132, { PriorAttain: [{ PriorLevel: level, DateLevelApp: '2020-06-30' }], LearnerEmploymentStatus: statuses, LearningDelivery: [aim(1, { LearnStartDate: '2023-09-01', FundModel: 35, LearningDeliveryFAM: fams, ...extra })] });

describe('R_132: a level 3 Free Courses for Jobs learner already at level 3', () => {
  it.each<[string, number, RecordSpec[], RecordSpec, RecordSpec[], number]>([
    ['level 3 learner, employed, LDM 378', 6, [ldm('378')], {}, [les(10)], 1],
    ['level 2 learner', 5, [ldm('378')], {}, [les(10)], 0],
    ['not known (98)', 98, [ldm('378')], {}, [les(10)], 1],
    ['low-wage learner (LDM 382)', 6, [ldm('378'), ldm('382')], {}, [les(10)], 0],
    ['unemployed on Universal Credit (DD38)', 6, [ldm('378')], {}, [les(11, 4)], 0],
    ['no LDM 378', 6, [ldm('034')], {}, [les(10)], 0],
    ['devolved delivery exclusion (DAM 023)', 6, [ldm('378'), { LearnDelFAMType: 'DAM', LearnDelFAMCode: '023' }], {}, [les(10)], 0],
    ['started 31 March 2022', 6, [ldm('378')], { LearnStartDate: '2022-03-31' }, [les(10)], 0],
    ['started 1 April 2022', 6, [ldm('378')], { LearnStartDate: '2022-04-01' }, [les(10)], 1],
    ['started 31 July 2024', 6, [ldm('378')], { LearnStartDate: '2024-07-31' }, [les(10)], 1],
    ['started 1 August 2024', 6, [ldm('378')], { LearnStartDate: '2024-08-01' }, [les(10)], 0],
  ])('%s', (_n, level, fams, extra, statuses, n) => {
    const f = run(level, fams, extra, statuses);
    expect(f).toHaveLength(n);
    for (const x of f) expect(x).toMatchObject({ rule: 'R_132', field: 'LearnDelFAMCode', value: '378', aimSeqNumber: '1' });
  });

  it('does not run for 2020-21', () => {
    expect(learnerFindings(R_132, { PriorAttain: [{ PriorLevel: 6 }], LearningDelivery: [aim(1, { LearnStartDate: '2023-09-01', LearningDeliveryFAM: [ldm('378')] })] }, '2021')).toHaveLength(0);
  });
});
