/**
 * The UK postcode format the postcode rules check (Postcode_15, PostcodePrior_02, DelLocPostCode_11, LSDPostcode_03,
 * HEPostCode_02), as ESFA's 2020-21 service wrote it: an outward code of 1 or 2 capital letters, a digit and an
 * optional digit or capital letter; one space; an inward code of a digit and two capital letters other than C, I, K,
 * M, O and V. Surrounding spaces are ignored. The temporary postcode ZZ99 9ZZ has this format.
 */
const POSTCODE = /^[A-Z]{1,2}[0-9][0-9A-Z]? [0-9][ABD-HJLNP-UW-Z]{2}$/;

export function isPostcodeFormat(postcode: string): boolean {
  return POSTCODE.test(postcode.trim());
}
