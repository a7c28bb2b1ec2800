import { employerCheckDigit, employerIdPassesChecksum } from './employer-check-digit';

describe('DD05 / DD14 employer identifier check digit', () => {
  // 15469753: 9·1+8·5+7·4+6·6+5·9+4·7+3·5+2·3 = 207; 207 mod 11 = 9; 11 − 9 = 2
  it.each([
    ['154697532', '2', true],
    ['154697531', '2', false],
    ['1546975', 'X', false],
    ['15469753X', '2', false],
    ['ABCDEFGH1', 'X', false],
  ])('%s → %s', (id, digit, passes) => {
    expect(employerCheckDigit(id)).toBe(digit);
    expect(employerIdPassesChecksum(id)).toBe(passes);
  });
  it('remainder 0 gives 11, written 0; remainder 1 gives 10, written X', () => {
    // 00000000 sums to 0 → 11 → "0"
    expect(employerCheckDigit('000000000')).toBe('0');
    // 10000001: 9 + 2 = 11 → 0 → "0"; 00000005: 10 → 10 mod 11 = 10 → 1 → "1"; 00000006: 12 mod 11 = 1 → 10 → "X"
    expect(employerCheckDigit('000000060')).toBe('X');
    expect(employerCheckDigit('000000051')).toBe('1');
  });
});
