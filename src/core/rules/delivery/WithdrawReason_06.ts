import { text } from '../../model/access';
import type { IlrRecord } from '../../model/record';
import { officialMeta } from '../catalogue/official-meta';
import type { LearnerRule } from '../types';
import { aimRule, int, until2021 } from './delivery-shared';

/**
 * WithdrawReason_06 (error): withdrawal reason 48 (industry placement learner withdrawn) only on the industry placement
 * aim ZWRKX002.
 * 2020-21 (variant): ESFA's 2020-21 service (WithdrawReason_06Rule) checks only withdrawn aims (CompStatus 3): reason
 * 48 on an aim of another completion status does not fire (WithdrawReason_04 reports a reason on a continuing,
 * completed or on-a-break aim).
 */
function fires(withdrawnOnly: boolean) {
  return (aim: IlrRecord) => {
    if (int(aim, 'WithdrawReason') !== 48 || (withdrawnOnly && int(aim, 'CompStatus') !== 3)) return undefined;
    return text(aim, 'LearnAimRef')?.trim().toUpperCase() !== 'ZWRKX002' ? 'WithdrawReason' : undefined;
  };
}

export const WithdrawReason_06: LearnerRule = {
  ...aimRule(officialMeta('WithdrawReason_06', { entity: 'LearningDelivery', fields: ['WithdrawReason', 'LearnAimRef'], group: 'completion' }), fires(false)),
  variants: [
    until2021(['WithdrawReason', 'LearnAimRef', 'CompStatus'], fires(true), "ESFA's 2020-21 service checks only withdrawn aims (CompStatus 3)."),
  ],
};
