import { isPostcodeFormat } from './postcode-format';

describe('the postcode format', () => {
  it.each([
    ['ZZ99 9ZZ', true],
    ['B1 1AA', true],
    ['SW1A 1AA', true],
    ['EC1A 1BB', true],
    [' M1 1AE ', true],
    ['M1 1CE', false], // C is not used in the inward code
    ['M11AE', false], // no space
    ['M1  1AE', false], // two spaces
    ['m1 1ae', false], // lower case
    ['M1\t1AE', false],
    ['123 4AB', false],
  ])('%p → %p', (p, ok) => expect(isPostcodeFormat(p)).toBe(ok));
});
