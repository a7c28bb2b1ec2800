import { findingsOf, learnerWith } from '../testing';
import { LearnFAMType_03 } from './LearnFAMType_03';

const spec = (type: string, code: number, start: string) =>
  learnerWith({ LearnerFAM: [{ LearnFAMType: type, LearnFAMCode: code }] }, [{ LearnAimRef: 'ZPROG001', AimSeqNumber: 1, LearnStartDate: start }]);

describe('LearnFAMType_03: earliest start date not after the FAM code\'s valid-to date', () => {
  it.each([
    ['NLM 21 (valid to 2024-07-31), start 2024-07-31 (boundary)', 'NLM', 21, '2024-07-31', 0],
    ['NLM 21, start 2024-08-01', 'NLM', 21, '2024-08-01', 1],
    ['LSR 36 (open-ended)', 'LSR', 36, '2025-09-01', 0],
  ])('%s', (_n, type, code, start, expected) => {
    const f = findingsOf(LearnFAMType_03, '2526', spec(type, code, start));
    expect(f).toHaveLength(expected);
    if (expected) expect(f[0]).toMatchObject({ entity: 'LearnerFAM', field: 'LearnFAMCode', value: '21' });
  });
});
