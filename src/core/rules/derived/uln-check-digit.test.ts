import { dd01, TEMPORARY_ULN, ulnPassesChecksum } from './uln-check-digit';

describe('DD01 (ULN check digit)', () => {
  // worked by hand from the official definition: Σ (10..2 × first nine digits) mod 11, then 10 − remainder
  it('derives the check digit', () => {
    expect(dd01('1000000000')).toBe('0'); // 10 → 10 → 0
    expect(dd01('1061484938')).toBe('8'); // 10+0+48+7+24+40+16+27+6 = 178 → 2 → 8
    expect(dd01('1100000000')).toBe('2'); // 10+9 = 19 → 8 → 2
  });

  it('is Y for the temporary ULN', () => {
    expect(dd01(TEMPORARY_ULN)).toBe('Y');
    expect(ulnPassesChecksum(TEMPORARY_ULN)).toBe(true);
  });

  it('is N when the weighted sum is a multiple of 11 (no check digit exists)', () => {
    // 2 in the first place and 1 in the ninth: 20 + 2 = 22 → remainder 0
    expect(dd01('2000000010')).toBe('N');
    expect(ulnPassesChecksum('2000000010')).toBe(false);
  });

  it.each([['123456789'], ['12345678901'], [''], ['10614849AB']])('is N for %p (not 10 digits)', (uln) => {
    expect(dd01(uln)).toBe('N');
    expect(ulnPassesChecksum(uln)).toBe(false);
  });

  it.each([
    ['1000000000', true],
    ['1000000001', false],
    ['1061484938', true],
    ['1061484935', false], // the ESFA anonymised sample's ULN of learner ASFLearner fails the checksum
  ])('ULN %s passes the checksum: %p', (uln, ok) => {
    expect(ulnPassesChecksum(uln)).toBe(ok);
  });
});
