import type { RecordSpec } from '../../model/build';
import { aim } from './cross-testing';

/** A Skills Bootcamp aim (FundModel 37, ProgType 32) of a contract. */
export function bootcamp(seq: number, aimType: number, extra: RecordSpec = {}): RecordSpec {
  return aim(seq, { FundModel: 37, ProgType: 32, AimType: aimType, ConRefNumber: 'SB-1', LearnAimRef: aimType === 1 ? 'ZPROG001' : '60146394', ...extra });
}
