import { findingsOf } from '../../testing';
import { BASE_AIM } from '../delivery-testing';
import { fams } from './fam-testing';
import { LearnDelFAMType_106 } from './LearnDelFAMType_106';

const run = (dob: string | undefined, code: string) =>
  findingsOf(
    LearnDelFAMType_106,
    '2526',
    { Learner: [{ LearnRefNumber: 'L0001', ...(dob ? { DateOfBirth: dob } : {}), LearningDelivery: [{ ...BASE_AIM, FundModel: 25, LearningDeliveryFAM: fams([['SOF', '107'], ['LDM', code]]) }] }] },
    { asOf: '2026-07-31' },
  );

describe('LearnDelFAMType_106: LDM 320 and 321 only for learners aged 14 on 31 August of the teaching year', () => {
  it.each([
    ['13 on 31 August 2025 (14 the next day)', '2011-09-01', '320', 1],
    ['14 on 31 August 2025 (birthday that day)', '2011-08-31', '320', 0],
    ['15 on 31 August 2025', '2010-06-01', '321', 0],
    ['12, LDM 321', '2013-01-01', '321', 1],
    ['12, another LDM', '2013-01-01', '381', 0],
    ['no date of birth', undefined, '320', 0],
  ] as const)('%s', (_n, dob, code, n) => {
    const f = run(dob, code);
    expect(f).toHaveLength(n);
    if (n) expect(f[0]).toMatchObject({ field: 'LearnDelFAMCode', entity: 'LearningDeliveryFAM' });
  });
});
