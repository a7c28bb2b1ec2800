import type { RecordSpec } from '../../model/build';
import { findingsOf } from '../testing';
import { aim, dpSpec, learner, out } from './dp-fixtures';
import { Outcome_08 } from './Outcome_08';

const trainee = (o: Record<string, string | number | undefined> = {}) => aim({ AimType: 1, ProgType: 24, LearnAimRef: 'ZPROG001', Outcome: 1, ...o });
// The traineeship ends 31 Jan 2021: six months later is 31 Jul 2021.

describe('Outcome_08: achieved traineeship needs a positive progression within six months', () => {
  it.each([
    ['no destination', [trainee()], [], 1],
    ['EMP 1 starting the day before six months', [trainee()], [out({ OutStartDate: '2021-07-30' })], 0],
    ['EMP 1 starting exactly six months after', [trainee()], [out({ OutStartDate: '2021-07-31' })], 1],
    ['EMP 4', [trainee()], [out({ OutCode: 4, OutStartDate: '2021-03-01' })], 0],
    ['EMP 2 (under 16 hours) does not count', [trainee()], [out({ OutCode: 2, OutStartDate: '2021-03-01' })], 1],
    ['EDU 2 apprenticeship', [trainee()], [out({ OutType: 'EDU', OutCode: 2, OutStartDate: '2021-03-01' })], 0],
    ['EDU 6 (HE) does not count', [trainee()], [out({ OutType: 'EDU', OutCode: 6, OutStartDate: '2021-03-01' })], 1],
    ['no end date: any start counts', [trainee({ LearnActEndDate: undefined })], [out({ OutStartDate: '2022-01-01' })], 0],
    ['started before 1 Aug 2015', [trainee({ LearnStartDate: '2015-07-31' })], [], 0],
    ['started on 1 Aug 2015', [trainee({ LearnStartDate: '2015-08-01' })], [], 1],
    ['not achieved (Outcome_07 instead)', [trainee({ Outcome: 3 })], [], 0],
  ])('%s', (_n, aims, outcomes, expected) => {
    const f = findingsOf(Outcome_08, '2021', dpSpec(outcomes, { learners: [learner(aims)] }));
    expect(f).toHaveLength(expected);
    if (expected) expect(f[0]).toMatchObject({ rule: 'Outcome_08', field: 'Outcome', value: '1' });
  });
});

describe('2020-21 (ESFA 2020-21 service cases)', () => {
  const trainee = (fields: RecordSpec = {}) => aim({ AimType: 1, ProgType: 24, Outcome: 1, LearnStartDate: '2015-08-01', LearnActEndDate: undefined, CompStatus: 1, ...fields });
  it.each<[string, object, number]>([
    ['ValidationPasses_LearningStartDateTooEarly: started 31 Jul 2015', { Learner: [learner([trainee({ LearnStartDate: '2015-07-31' })])] }, 0],
    ['ValidationPasses_IrrelevantAimType: AimType 4', { Learner: [learner([trainee({ AimType: 4 })])] }, 0],
    ['ValidationPasses_IrrelevantProgType: ProgType 3', { Learner: [learner([trainee({ ProgType: 3 })])] }, 0],
    ['ValidationPasses_IrrelevantOutcome: Outcome 2', { Learner: [learner([trainee({ Outcome: 2 })])] }, 0],
    ['ValidationPasses_MatchingDPOutcome: EMP 1', dpSpec([out({ OutType: 'EMP', OutCode: 1, OutStartDate: '2018-09-01' })], { learners: [learner([trainee()])] }), 0],
    ['ValidationPasses_MatchingDPOutcome: EMP 4', dpSpec([out({ OutType: 'EMP', OutCode: 4, OutStartDate: '2018-09-01' })], { learners: [learner([trainee()])] }), 0],
    ['ValidationPasses_MatchingDPOutcome: EDU 2', dpSpec([out({ OutType: 'EDU', OutCode: 2, OutStartDate: '2018-09-01' })], { learners: [learner([trainee()])] }), 0],
    ['ValidationPasses_MatchingDPOutcome: EDU 4', dpSpec([out({ OutType: 'EDU', OutCode: 4, OutStartDate: '2018-09-01' })], { learners: [learner([trainee()])] }), 0],
    ['ValidationPasses_MatchingDPOutcome: EDU 5', dpSpec([out({ OutType: 'EDU', OutCode: 5, OutStartDate: '2018-09-01' })], { learners: [learner([trainee()])] }), 0],
    ['ValidationPasses_NoLDs: no aims', { Learner: [learner([])] }, 0],
    [
      'ValidationFails: OTH 2 (wrong type and code) and EMP 1 (more than six months after the end); one qualifying aim of three',
      dpSpec(
        [out({ OutType: 'OTH', OutCode: 2, OutStartDate: '2015-09-01' }), out({ OutType: 'EMP', OutCode: 1, OutStartDate: '2018-09-01' })],
        {
          learners: [
            learner([
              trainee({ LearnActEndDate: '2017-07-31', CompStatus: 2 }),
              trainee({ AimSeqNumber: 2, LearnStartDate: '2014-01-01', LearnActEndDate: '2017-07-31', CompStatus: 2 }),
              trainee({ AimSeqNumber: 3, AimType: 4, LearnActEndDate: '2017-07-31', CompStatus: 2 }),
            ]),
          ],
        },
      ),
      1,
    ],
  ])('%s', (_n, spec, expected) => {
    expect(findingsOf(Outcome_08, '2021', spec)).toHaveLength(expected);
  });
});
