/** The temporary ULN, returned while a learner's real ULN is not yet known. */
export const TEMPORARY_ULN = '9999999999';

const WEIGHTS = [10, 9, 8, 7, 6, 5, 4, 3, 2] as const;

/**
 * DD01, the ULN checksum derived data item, as the official definition says:
 * ULN = 9999999999 → "Y"; otherwise take the first nine digits, sum 10×d1 + 9×d2 + … + 2×d9, take the remainder mod 11;
 * if the remainder is 0 or the ULN is not 10 characters long → "N"; otherwise the check digit is 10 − remainder.
 * A ULN that is not all digits cannot pass either: "N".
 */
export function dd01(uln: string): 'Y' | 'N' | `${number}` {
  const u = uln.trim();
  if (u === TEMPORARY_ULN) return 'Y';
  if (u.length !== 10 || !/^\d{10}$/.test(u)) return 'N';
  let sum = 0;
  for (let i = 0; i < 9; i++) sum += Number(u[i]) * WEIGHTS[i]!;
  const r = sum % 11;
  if (r === 0) return 'N';
  return String(10 - r) as `${number}`;
}

/** Whether a ULN passes the checksum (ULN_04): DD01 is "Y", or equals the 10th digit. */
export function ulnPassesChecksum(uln: string): boolean {
  const d = dd01(uln);
  if (d === 'Y') return true;
  if (d === 'N') return false;
  return d === uln.trim()[9];
}
