import { text } from '../../model/access';
import type { IlrRecord } from '../../model/record';
import type { RuleMeta } from '../types';

/** What the advice rules share: their metadata defaults and reporting at an aim's cell. */

export const ADVICE: Pick<RuleMeta, 'severity' | 'needs' | 'group'> = { severity: 'advice', needs: 'self', group: 'advice' };

export const PSM = 'ILR Provider Support Manual';

/** "aim 3 (60000001)" for messages; no learner values beyond the aim's own keys. */
export function aimLabel(aim: IlrRecord): string {
  const seq = text(aim, 'AimSeqNumber');
  const ref = text(aim, 'LearnAimRef');
  return `aim ${seq ?? '?'}${ref ? ` (${ref})` : ''}`;
}

/** "1 month" / "3 months". */
export function months(n: number): string {
  return `${n} month${n === 1 ? '' : 's'}`;
}
