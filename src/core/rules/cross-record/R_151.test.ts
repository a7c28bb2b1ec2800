import type { RecordSpec } from '../../model/build';
import { aim, learnerFindings } from './cross-testing';
import { R_151 } from './R_151';

const fam = (type: string, code: string) => ({ LearnDelFAMType: type, LearnDelFAMCode: code });
const run = (dob: string, fams: RecordSpec[], extra: RecordSpec = {}) =>
  learnerFindings(R_151, { DateOfBirth: dob, LearningDelivery: [aim(1, { FundModel: 38, LearnStartDate: '2025-09-01', LearningDeliveryFAM: fams, ...extra })] });

describe('R_151: a 24+ Free Courses for Jobs learner must be below the earnings threshold', () => {
  it.each<[string, string, RecordSpec[], RecordSpec, number]>([
    ['aged 30, LDM 378, no LDM 391', '1995-01-01', [fam('LDM', '378')], {}, 1],
    ['with LDM 391', '1995-01-01', [fam('LDM', '378'), fam('LDM', '391')], {}, 0],
    ['24 on the start day', '2001-09-01', [fam('LDM', '378')], {}, 1],
    ['23 (24 the day after)', '2001-09-02', [fam('LDM', '378')], {}, 0],
    ['not FundModel 38', '1995-01-01', [fam('LDM', '378')], { FundModel: 35 }, 0],
    ['devolved delivery exclusion (DAM 023)', '1995-01-01', [fam('LDM', '378'), fam('DAM', '023')], {}, 0],
    ['started 31 July 2024', '1995-01-01', [fam('LDM', '378')], { LearnStartDate: '2024-07-31' }, 0],
    ['started 1 August 2024', '1995-01-01', [fam('LDM', '378')], { LearnStartDate: '2024-08-01' }, 1],
  ])('%s', (_n, dob, fams, extra, n) => {
    const f = run(dob, fams, extra);
    expect(f).toHaveLength(n);
    for (const x of f) expect(x).toMatchObject({ rule: 'R_151', field: 'LearnDelFAMCode', value: '378', aimSeqNumber: '1' });
  });

  it('does not run for 2020-21', () => {
    expect(learnerFindings(R_151, { DateOfBirth: '1995-01-01', LearningDelivery: [aim(1, { FundModel: 38, LearnStartDate: '2025-09-01', LearningDeliveryFAM: [fam('LDM', '378')] })] }, '2021')).toHaveLength(0);
  });
});
