import type { RecordSpec } from '../../model/build';
import { dd12, dd21, dd28, dd37, dd38, employmentAtStart } from './employment';
import { perAim } from './probe-testing';

const aim = (fields: RecordSpec = {}): RecordSpec => ({ AimSeqNumber: 1, FundModel: 35, LearnStartDate: '2025-09-01', ...fields });
const status = (on: string, empStat: number, esm: [string, number][] = []): RecordSpec => ({
  DateEmpStatApp: on,
  EmpStat: empStat,
  EmploymentStatusMonitoring: esm.map(([t, c]) => ({ ESMType: t, ESMCode: c })),
});
const learner = (statuses: RecordSpec[], a: RecordSpec = aim()): RecordSpec => ({ LearnerEmploymentStatus: statuses, LearningDelivery: [a] });

describe('the employment status on the aim start date', () => {
  it.each([
    ['the latest dated on or before the start', [status('2025-01-01', 10), status('2025-08-01', 11)], '11'],
    ['one dated on the start day counts', [status('2025-09-01', 12)], '12'],
    ['one dated the day after does not', [status('2025-09-02', 12)], undefined],
    ['order in the file does not matter', [status('2025-08-01', 11), status('2025-01-01', 10)], '11'],
    ['none', [], undefined],
  ])('%s', (_n, statuses, expected) => {
    expect(perAim(learner(statuses), (l, a, ctx) => employmentAtStart(l, a, ctx)?.fields['EmpStat']?.text)).toEqual([expected]);
  });
});

describe('DD12, DD21, DD37, DD28, DD38', () => {
  const cases: [string, RecordSpec[], RecordSpec, [boolean, boolean, boolean, boolean, boolean]][] = [
    // name, statuses, aim, [DD12, DD21, DD37, DD28, DD38]
    ['BSI 1 unemployed', [status('2025-08-01', 11, [['BSI', 1]])], aim(), [true, false, false, true, true]],
    ['BSI 2 employed', [status('2025-08-01', 10, [['BSI', 2]])], aim(), [true, false, false, true, false]],
    ['BSI 3 unemployed', [status('2025-08-01', 12, [['BSI', 3]])], aim(), [false, true, false, true, false]],
    ['BSI 4 unemployed, no LDM 318', [status('2025-08-01', 11, [['BSI', 4]])], aim(), [false, true, true, true, true]],
    ['BSI 4 unemployed, LDM 318', [status('2025-08-01', 11, [['BSI', 4]])], aim({ LearningDeliveryFAM: [{ LearnDelFAMType: 'LDM', LearnDelFAMCode: '318' }] }), [true, false, false, true, true]],
    ['BSI 6 unemployed', [status('2025-08-01', 11, [['BSI', 6]])], aim(), [false, false, true, false, true]],
    ['BSI 4 employed without EII', [status('2025-08-01', 10, [['BSI', 4]])], aim(), [false, false, false, false, false]],
    ['BSI 4 employed, EII 2', [status('2025-08-01', 10, [['BSI', 4], ['EII', 2]])], aim(), [false, false, false, true, true]],
    ['BSI 1 but not adult skills', [status('2025-08-01', 11, [['BSI', 1]])], aim({ FundModel: 36 }), [false, false, false, false, false]],
    ['BSI 1 dated after the start', [status('2025-09-02', 11, [['BSI', 1]])], aim(), [false, false, false, false, false]],
  ];
  it.each(cases)('%s', (_n, statuses, a, expected) => {
    const got = perAim(learner(statuses, a), (l, x, ctx) => [dd12(l, x, ctx), dd21(l, x, ctx), dd37(l, x, ctx), dd28(l, x, ctx), dd38(l, x, ctx)]);
    expect(got).toEqual([expected]);
  });
});
