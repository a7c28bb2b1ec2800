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
  // From Outcome_08RuleTests: the aims and destination outcomes as the tests set them (nothing else on the aim; a
  // test without a destination record has none).
  const esfaAim = (a: Record<string, string | number | undefined>) =>
    ({ AimSeqNumber: 1, AimType: 1, ProgType: 24, Outcome: 1, FundModel: 0, CompStatus: 0, LearnStartDate: '2015-08-01', LearnPlanEndDate: '2016-06-30', ...a });
  const noDp = (aims: ReturnType<typeof esfaAim>[]) => ({ Learner: [learner(aims)] });
  const withDp = (aims: ReturnType<typeof esfaAim>[], outcomes: ReturnType<typeof out>[]) => dpSpec(outcomes, { learners: [learner(aims)] });
  it.each([
    ['ValidationPasses_LearningStartDateTooEarly', noDp([esfaAim({ LearnStartDate: '2015-07-31' })]), 0],
    ['ValidationPasses_IrrelevantAimType', noDp([esfaAim({ AimType: 4 })]), 0],
    ['ValidationPasses_IrrelevantProgType', noDp([esfaAim({ ProgType: 2 })]), 0],
    ['ValidationPasses_IrrelevantOutcome', noDp([esfaAim({ Outcome: 2 })]), 0],
    ['ValidationPasses_MatchingDPOutcome (EMP 1)', withDp([esfaAim({})], [out({ OutType: 'EMP', OutCode: 1, OutStartDate: '2018-09-01' })]), 0],
    ['ValidationPasses_MatchingDPOutcome (EMP 4)', withDp([esfaAim({})], [out({ OutType: 'EMP', OutCode: 4, OutStartDate: '2018-09-01' })]), 0],
    ['ValidationPasses_MatchingDPOutcome (EDU 2)', withDp([esfaAim({})], [out({ OutType: 'EDU', OutCode: 2, OutStartDate: '2018-09-01' })]), 0],
    ['ValidationPasses_MatchingDPOutcome (EDU 4)', withDp([esfaAim({})], [out({ OutType: 'EDU', OutCode: 4, OutStartDate: '2018-09-01' })]), 0],
    ['ValidationPasses_MatchingDPOutcome (EDU 5)', withDp([esfaAim({})], [out({ OutType: 'EDU', OutCode: 5, OutStartDate: '2018-09-01' })]), 0],
    ['ValidationPasses_NoLDs', noDp([]), 0],
    [
      'ValidationFails (one of three aims: OTH 4 and a late EMP 1 do not count)',
      withDp(
        [
          esfaAim({ LearnActEndDate: '2017-07-31' }),
          esfaAim({ AimSeqNumber: 2, LearnStartDate: '2014-01-01', LearnActEndDate: '2017-07-31' }),
          esfaAim({ AimSeqNumber: 3, AimType: 4, LearnActEndDate: '2017-07-31' }),
        ],
        [out({ OutType: 'OTH', OutCode: 4, OutStartDate: '2015-09-01' }), out({ OutType: 'EMP', OutCode: 1, OutStartDate: '2018-09-01' })],
      ),
      1,
    ],
  ])('%s', (_n, spec, expected) => {
    const f = findingsOf(Outcome_08, '2021', spec);
    expect(f).toHaveLength(expected);
    if (expected) expect(f[0]).toMatchObject({ aimSeqNumber: '1' });
  });
});
