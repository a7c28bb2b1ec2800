import type { RecordSpec } from '../../model/build';
import { recordFrom } from '../../model/build';
import {
  apprenticeshipProgrammeEnd,
  combinedAuthorityEnd,
  frameworkProgrammeEndDate,
  isApprenticeship,
  isDevolved,
  isOpenApprenticeshipProgramme,
  openApprenticeshipStart,
  programmeStartDate,
  standardStartDate,
} from './programme';
import { perAim } from './probe-testing';

const aim = (f: RecordSpec): ReturnType<typeof recordFrom> => recordFrom('LearningDelivery', f);

describe('DD07 apprenticeship programme', () => {
  it.each([
    [25, '2526', true],
    [2, '2526', false],
    [2, '2425', true],
    [23, '2021', true],
    [24, '2021', false],
    [32, '2526', false],
    [undefined, '2526', false],
  ])('ProgType %s in %s', (p, y, expected) => expect(isApprenticeship(aim({ ProgType: p }), y)).toBe(expected));
});

describe('DD35 devolved authorities', () => {
  it.each([
    ['110', true],
    ['120', true],
    ['105', false],
    ['121', false],
  ])('SOF %s', (code, expected) => {
    expect(isDevolved(aim({ LearningDeliveryFAM: [{ LearnDelFAMType: 'SOF', LearnDelFAMCode: code }] }))).toBe(expected);
  });
});

describe('DD04, DD18, DD13 from the learner\'s programme aims', () => {
  const aims: RecordSpec[] = [
    { AimSeqNumber: 1, AimType: 1, ProgType: 25, StdCode: 100, LearnStartDate: '2025-09-01' },
    { AimSeqNumber: 2, AimType: 1, ProgType: 25, StdCode: 200, LearnStartDate: '2024-09-01', LearnActEndDate: '2025-06-01' },
    { AimSeqNumber: 3, AimType: 3, ProgType: 25, StdCode: 100, LearnStartDate: '2023-01-01' },
    { AimSeqNumber: 4, AimType: 1, ProgType: 20, FworkCode: 400, PwayCode: 1, LearnStartDate: '2022-09-01', LearnActEndDate: '2023-06-01' },
    { AimSeqNumber: 5, AimType: 1, ProgType: 20, FworkCode: 400, PwayCode: 1, LearnStartDate: '2023-09-01', LearnActEndDate: '2024-06-01' },
    { AimSeqNumber: 6, AimType: 4, LearnStartDate: '2025-09-01' },
  ];
  it('DD04: earliest programme-aim start of the same ProgType (component aims do not count)', () => {
    expect(perAim({ LearningDelivery: aims }, programmeStartDate)).toEqual(['2024-09-01', '2024-09-01', '2024-09-01', '2022-09-01', '2022-09-01', undefined]);
  });
  it('DD18: earliest programme-aim start of the same standard', () => {
    expect(perAim({ LearningDelivery: aims }, standardStartDate)).toEqual(['2025-09-01', '2024-09-01', '2025-09-01', undefined, undefined, undefined]);
  });
  it('DD13: latest actual end of the same framework programme', () => {
    expect(perAim({ LearningDelivery: aims }, frameworkProgrammeEndDate)).toEqual([undefined, undefined, undefined, '2024-06-01', '2024-06-01', undefined]);
  });
});

describe('DD32, DD33, DD34: apprenticeship-funded programme aims', () => {
  it.each([
    ['open programme', { AimType: 1, FundModel: 36, LearnStartDate: '2025-09-01' }, true, '2025-09-01', undefined],
    ['ended programme', { AimType: 1, FundModel: 36, LearnStartDate: '2025-09-01', LearnActEndDate: '2026-03-01' }, false, undefined, '2026-03-01'],
    ['component aim', { AimType: 3, FundModel: 36, LearnStartDate: '2025-09-01' }, false, undefined, undefined],
    ['other funding', { AimType: 1, FundModel: 81, LearnStartDate: '2025-09-01' }, false, undefined, undefined],
  ])('%s', (_n, f, open, start, end) => {
    const a = aim(f);
    expect([isOpenApprenticeshipProgramme(a), openApprenticeshipStart(a), apprenticeshipProgrammeEnd(a)]).toEqual([open, start, end]);
  });
});

describe('DD36 combined authorities end date', () => {
  it.each([
    ['standard achieved', { AimType: 1, ProgType: 25, AchDate: '2026-05-01', LearnActEndDate: '2026-03-01' }, '2026-05-01'],
    ['standard ended, not achieved', { AimType: 1, ProgType: 25, LearnActEndDate: '2026-03-01' }, '2026-03-01'],
    ['standard open', { AimType: 1, ProgType: 25 }, '2099-12-31'],
    ['bootcamp achieved', { AimType: 1, ProgType: 32, AchDate: '2026-05-01', LearnActEndDate: '2026-03-01' }, '2026-05-01'],
    ['bootcamp ended without AchDate', { AimType: 1, ProgType: 32, LearnActEndDate: '2026-03-01' }, '2099-12-31'],
    ['other programme ended', { AimType: 1, ProgType: 31, LearnActEndDate: '2026-03-01' }, '2026-03-01'],
    ['not a programme aim', { AimType: 3, ProgType: 25, LearnActEndDate: '2026-03-01' }, undefined],
  ])('%s', (_n, f, expected) => expect(combinedAuthorityEnd(aim(f))).toBe(expected));
});
