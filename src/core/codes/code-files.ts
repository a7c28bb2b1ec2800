import codes2526 from '../../../assets/codes/codes-2526.json';
import codes2021 from '../../../assets/codes/codes-2021.json';
import codesDp from '../../../assets/codes/codes-dp.json';
import type { CodeFile } from './types';

/** The per-year code files shipped in assets/codes, keyed by year code. */
export const YEAR_CODE_FILES: Readonly<Record<string, CodeFile>> = {
  '2526': codes2526 as CodeFile,
  '2021': codes2021 as CodeFile,
};

/** The Destination and Progression lists (OutType, OutCode:<type>): used for every year, as destinations are still tracked. */
export const DP_CODE_FILE: CodeFile = codesDp as CodeFile;

/** Fields whose lists come from the DP file in every year. */
export function isDestinationList(key: string): boolean {
  return key === 'OutType' || key.startsWith('OutCode:');
}
