/** The postcode format of DelLocPostCode_11 and LSDPostcode_03: the one format of every postcode rule (derived/postcode-format.ts). */
export { isPostcodeFormat } from '../../derived/postcode-format';
