import { isGcseGradeOrNone, isPostcodeFormat } from './fields-shared';

describe('postcode format (Postcode_15, PostcodePrior_02)', () => {
  it.each([
    ['B1 1AA', true], ['M60 1NW', true], ['CR2 6XH', true], ['DN55 1PT', true], ['W1A 1HQ', true], ['EC1A 1BB', true],
    ['ZZ99 9ZZ', true], // the temporary postcode
    ['b1 1aa', false], ['B11AA', false], ['B1  1AA', false], ['1A 1AA', false], ['ABC 1AA', false], ['B123 1AA', false],
    ['B1 1CA', false], ['B1 1AI', false], ['B1 1KA', false], ['B1 1AM', false], ['B1 1OA', false], ['B1 1AV', false],
    ['B1 AAA', false], ['B1A1 1AA', false],
  ])('%p → %p', (pc, ok) => expect(isPostcodeFormat(pc)).toBe(ok));
});

describe('GCSE grade format (EngGrade_02, MathGrade_02)', () => {
  it.each([
    ['NONE', true], ['none', true], ['A*', true], ['A', true], ['C', true], ['G', true], ['U', true], ['N', true], ['X', true], ['9', true], ['1', true],
    ['A*A*', true], ['A*A', true], ['AB', true], ['DD', true], ['GG', true], ['9-9', true], ['4-3', true],
    ['c', true], ['a*a*', true], ['H', false], ['0', false], ['10', false], ['A**', false], ['ABC', false], ['PASS', false], ['4-', false],
  ])('%p → %p', (g, ok) => expect(isGcseGradeOrNone(g)).toBe(ok));
});
