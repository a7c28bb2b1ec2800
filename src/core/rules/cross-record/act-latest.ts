import { int } from '../../model/access';
import type { IlrRecord } from '../../model/record';
import { fundModelOf, latestFam, progType } from './cross-shared';

/** An apprenticeship standard aim (FundModel 36, ProgType 25) with an ACT record: its latest ACT record (R_121–R_123). */
export function latestActOfStandard(aim: IlrRecord): IlrRecord | undefined {
  if (fundModelOf(aim) !== 36 || progType(aim) !== 25) return undefined;
  return latestFam(aim, 'ACT');
}

export const compStatus = (aim: IlrRecord): number | undefined => int(aim, 'CompStatus');
