const WEIGHTS = [9, 8, 7, 6, 5, 4, 3, 2] as const;

/**
 * DD05 (LearnerEmploymentStatus.EmpId) and DD14 (LearningDeliveryWorkPlacement.WorkPlaceEmpId): the employer
 * identifier's check digit, 11 − ((9×d1 + 8×d2 + … + 2×d8) mod 11); 11 gives "0"; 10, or an identifier that is not
 * 9 characters, gives "X"; otherwise the digit 1–9. An identifier whose first eight characters are not digits cannot
 * pass: "X".
 */
export function employerCheckDigit(id: string): string {
  const s = id.trim();
  if (s.length !== 9 || !/^\d{8}/.test(s)) return 'X';
  let sum = 0;
  for (let i = 0; i < 8; i++) sum += Number(s[i]) * WEIGHTS[i]!;
  const r = 11 - (sum % 11);
  if (r === 11) return '0';
  if (r === 10) return 'X';
  return String(r);
}

/** Whether the identifier's 9th character is its check digit (EmpId_02, WorkPlaceEmpId_02). */
export function employerIdPassesChecksum(id: string): boolean {
  const d = employerCheckDigit(id);
  return d !== 'X' && d === id.trim()[8];
}
