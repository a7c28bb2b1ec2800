/**
 * The postcode format of DelLocPostCode_11 and LSDPostcode_03 (the same as ESFA's 2020-21 service): an outward code of
 * 1 or 2 capital letters, a digit and an optional digit or capital letter; one space; an inward code of a digit and
 * two capital letters other than C, I, K, M, O and V.
 */
const POSTCODE = /^[A-Z]{1,2}[0-9][0-9A-Z]?\s[0-9][ABD-HJLNP-UW-Z]{2}$/;

export function isPostcodeFormat(postcode: string): boolean {
  return POSTCODE.test(postcode);
}
