import { findingsOf, learnerWith } from '../../testing';
import { BASE_AIM, BASE_AIM_2021 } from '../delivery-testing';
import { LearnStartDate_05 } from './LearnStartDate_05';

const run = (year: string, dob: string | undefined, start: string) =>
  findingsOf(LearnStartDate_05, year, learnerWith(dob ? { DateOfBirth: dob } : {}, [{ ...(year === '2021' ? BASE_AIM_2021 : BASE_AIM), LearnStartDate: start }]));

describe('LearnStartDate_05: the start is after the date of birth', () => {
  it.each([
    ['born the day before the start', '2025-08-31', '2025-09-01', 0],
    ['born on the start date', '2025-09-01', '2025-09-01', 1],
    ['born after the start', '2025-09-02', '2025-09-01', 1],
    ['no date of birth', undefined, '2025-09-01', 0],
  ])('%s', (_n, dob, start, n) => expect(run('2526', dob, start)).toHaveLength(n));

  it('marks the date of birth too', () => {
    const [f] = run('2526', '2025-09-01', '2025-09-01');
    expect(f!.field).toBe('LearnStartDate');
    expect(f!.related?.[0]?.field).toBe('DateOfBirth');
  });
});

describe('2020-21 (the same rule)', () => {
  it.each([
    ['born on the start date', '2020-09-01', '2020-09-01', 1],
    ['born before', '2000-09-01', '2020-09-01', 0],
  ])('%s', (_n, dob, start, n) => expect(run('2021', dob, start)).toHaveLength(n));
});
