import { findingsOf } from '../testing';
import { aim, dpSpec, learner, out, ULN } from './dp-fixtures';
import { R85 } from './R85';

describe('R85: destination ULN matches the learner ULN', () => {
  it.each([
    ['same ULN', ULN, 'L0001', 0],
    ['different ULN', '9999999999', 'L0001', 1],
    ['different ULN, reference in another case', '9999999999', 'l0001', 1],
    ['different ULN but another learner', '9999999999', 'L0002', 0],
  ])('%s', (_n, dpUln, ref, expected) => {
    const f = findingsOf(R85, '2021', dpSpec([out()], { uln: dpUln, ref, learners: [learner([aim()])] }));
    expect(f).toHaveLength(expected);
    if (expected) expect(f[0]).toMatchObject({ rule: 'R85', field: 'ULN', value: dpUln, learnRefNumber: 'L0001', severity: 'error' });
  });

  it('is advice in 2025-26', () => {
    const f = findingsOf(R85, '2526', dpSpec([out()], { uln: '9999999999', learners: [learner([aim()])] }));
    expect(f.map((x) => x.severity)).toEqual(['advice']);
  });
});

describe('2020-21 (ESFA 2020-21 service cases)', () => {
  const msg = (learnerRef: string, learnerUln: string, dpRef: string, dpUln: string) => ({
    Learner: [learner([aim()], { LearnRefNumber: learnerRef, ULN: learnerUln })],
    LearnerDestinationandProgression: [{ LearnRefNumber: dpRef, ULN: dpUln, DPOutcome: [out()] }],
  });
  it.each([
    ['IsNotMatchingLearnerNumber: 99998 on the record, 99999 on the learner', msg('L1', '99999', 'L1', '99998'), 1],
    ['IsNotMatchingLearnerNumber: 99999 and 99999', msg('L1', '99999', 'L1', '99999'), 0],
    ['IsNotMatchingLearnerNumber: 99958 and 92959', msg('L1', '92959', 'L1', '99958'), 1],
    ['IsNotMatchingLearnerNumber: 92958 and 92958', msg('L1', '92958', 'L1', '92958'), 0],
    ['HasMatchingReferenceNumber: 99998 and 99999 (another learner)', msg('99999', '1000000043', '99998', '9999999999'), 0],
    ['HasMatchingReferenceNumber: 99999 and 99999', msg('99999', '1000000043', '99999', '9999999999'), 1],
    ['HasMatchingReferenceNumber: 99958 and 92959 (another learner)', msg('92959', '1000000043', '99958', '9999999999'), 0],
    ['HasMatchingReferenceNumber: 92958 and 92958', msg('92958', '1000000043', '92958', '9999999999'), 1],
    ['InvalidItemRaisesValidationMessage: ULN 999998 on the learner, 999999 on the record', msg('123456789X', '999998', '123456789X', '999999'), 1],
    ['ValidItemDoesNotRaiseAValidationMessage: 999999 on both', msg('123456789X', '999999', '123456789X', '999999'), 0],
  ])('%s', (_n, spec, expected) => {
    expect(findingsOf(R85, '2021', spec)).toHaveLength(expected);
  });
});
