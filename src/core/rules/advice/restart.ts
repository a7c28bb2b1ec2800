import { date, deliveries, int, text } from '../../model/access';
import type { IlrRecord } from '../../model/record';

/**
 * Whether an aim on a break in learning (CompStatus 6) has been restarted. After a break, the learner's return is
 * recorded as a new aim (Provider Support Manual, "Recording breaks in learning, transfers and restarts": new aims,
 * restart indicator RES, original learning start date). We count as the restart any other aim of the same learner
 * with the same learning aim reference, the same programme (ProgType and StdCode, each equal or both blank) and a
 * LearnStartDate on or after the break's LearnActEndDate. The RES FAM and OrigLearnStartDate are not required, so a
 * restart recorded without them (itself worth fixing, but not by this rule) still counts.
 */
export function hasRestart(learner: IlrRecord, onBreak: IlrRecord): boolean {
  const breakEnd = date(onBreak, 'LearnActEndDate');
  if (breakEnd === undefined) return false;
  const ref = text(onBreak, 'LearnAimRef')?.trim().toUpperCase();
  const progType = int(onBreak, 'ProgType');
  const stdCode = int(onBreak, 'StdCode');
  for (const aim of deliveries(learner)) {
    if (aim === onBreak) continue;
    if (text(aim, 'LearnAimRef')?.trim().toUpperCase() !== ref) continue;
    if (int(aim, 'ProgType') !== progType || int(aim, 'StdCode') !== stdCode) continue;
    const start = date(aim, 'LearnStartDate');
    if (start !== undefined && start >= breakEnd) return true;
  }
  return false;
}
