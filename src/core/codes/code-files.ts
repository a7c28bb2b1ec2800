import codes2526 from '../../../assets/codes/codes-2526.json';
import codes2021 from '../../../assets/codes/codes-2021.json';
import codesDp from '../../../assets/codes/codes-dp.json';
import changes2627 from '../../../assets/codes/changes-2627.json';
import type { CodeFile } from './types';
import { applyYearChanges, type YearCodeChanges } from './year-changes';

/** The known 2026-27 changes to the code lists (official and third-party, each marked), for a 2026-27 XSD a user adds. */
export const CHANGES_2627 = changes2627 as YearCodeChanges;

/**
 * The per-year code files, keyed by year code: those shipped in assets/codes, and 2026-27's, built from the 2025-26
 * lists with the known 2026-27 changes applied (used once a user adds the 2026-27 XSD).
 */
export const YEAR_CODE_FILES: Readonly<Record<string, CodeFile>> = {
  '2627': applyYearChanges(codes2526 as CodeFile, CHANGES_2627),
  '2526': codes2526 as CodeFile,
  '2021': codes2021 as CodeFile,
};

/** The Destination and Progression lists (OutType, OutCode:<type>): used for every year, as destinations are still tracked. */
export const DP_CODE_FILE: CodeFile = codesDp as CodeFile;

/** Fields whose lists come from the DP file in every year. */
export function isDestinationList(key: string): boolean {
  return key === 'OutType' || key.startsWith('OutCode:');
}
