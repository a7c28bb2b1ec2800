import type { IlrRecord } from '../../../model/record';
import { financialRecords, hasFinancialRecord, type FinancialType } from '../../derived/financial';
import type { RuleContext } from '../../types';
import type { Found } from './financial-shared';

/**
 * A programme aim that must have a financial record of a type and codes: the finding is reported on the aim, for the
 * missing AppFinRecord (entity AppFinRecord, field AFinType), with the records that call for it in `related`.
 */
export function missingRecord(learner: IlrRecord, aim: IlrRecord, ctx: RuleContext, type: FinancialType, codes: number[], because: readonly IlrRecord[] = []): Found {
  if (hasFinancialRecord(learner, aim, ctx, type, ...codes)) return undefined;
  return { field: 'AFinType', entity: 'AppFinRecord', related: because.map((record) => ({ record, field: 'AFinCode', aim })) };
}

export { financialRecords };
