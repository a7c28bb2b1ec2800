import { messageFrom } from '../../core/model/build';
import { addChild, newRecord, setField } from '../../core/model/record';
import type { RuleDefinition } from '../../core/rules/types';
import { columnOf } from './cells';
import { asOfArg, outputArg, yearArg } from './options';
import type { ColumnResult } from './problems';
import { putFields, rowLocation, type InputColumn } from './row-model';
import { runRowCheck, type ReadRow } from './row-check';

export interface CheckAimArgs {
  compStatus: unknown;
  learnActEndDate: unknown;
  outcome: unknown;
  withdrawReason: unknown;
  learnPlanEndDate: unknown;
  achDate?: unknown;
  learnStartDate?: unknown;
  asOf?: unknown;
  year?: unknown;
  output?: unknown;
}

const AIM_FIELDS = ['CompStatus', 'LearnActEndDate', 'Outcome', 'WithdrawReason', 'LearnPlanEndDate', 'AchDate', 'LearnStartDate'] as const;

/**
 * ILR.CHECKAIM: the completion, outcome and withdrawal rules (and their advice) for learning aims, one aim per row.
 * Each row is a learning aim of a learner of its own, so rows never affect each other; only the rules that read
 * nothing but the supplied fields run (a rule that also needs, say, FundModel is not reported rather than guessed).
 */
export function checkAim(args: CheckAimArgs, pool?: readonly RuleDefinition[]): ColumnResult {
  const year = yearArg(args.year);
  const asOf = asOfArg(args.asOf);
  const form = outputArg(args.output);
  const given: Record<(typeof AIM_FIELDS)[number], unknown> = {
    CompStatus: args.compStatus,
    LearnActEndDate: args.learnActEndDate,
    Outcome: args.outcome,
    WithdrawReason: args.withdrawReason,
    LearnPlanEndDate: args.learnPlanEndDate,
    AchDate: args.achDate,
    LearnStartDate: args.learnStartDate,
  };
  const columns: InputColumn[] = AIM_FIELDS.map((field) => ({
    field,
    kind: field.endsWith('Date') ? 'date' : 'text',
    cells: columnOf(given[field], field),
  }));
  return runRowCheck({
    columns,
    year,
    asOf,
    form,
    selection: { purpose: 'CHECKAIM', entities: ['LearningDelivery'] },
    build: (rows, y) => buildAims(rows, y.code, asOf),
    fieldEntities: AIM_FIELDS.map((f) => [f, 'LearningDelivery'] as const),
    ...(pool ? { pool } : {}),
  });
}

/** One learner per row, each with the row's aim. The file preparation date is the as-of date. */
export function buildAims(rows: readonly ReadRow[], yearCode: string, asOf: string) {
  const msg = messageFrom(yearCode, { filePreparationDate: asOf, dateTime: `${asOf}T09:00:00` });
  const rowsOfLearner = new Map<string, number[]>();
  for (const r of rows) {
    const ref = `#row${r.row}`;
    const learner = addChild(msg.root, newRecord('Learner', rowLocation(r.row)));
    setField(learner, 'LearnRefNumber', ref);
    const aim = addChild(learner, newRecord('LearningDelivery', rowLocation(r.row)));
    setField(aim, 'AimSeqNumber', '1');
    putFields(aim, r.values, AIM_FIELDS, r.row);
    rowsOfLearner.set(ref, [r.row]);
  }
  return { msg, rowsOfLearner };
}
