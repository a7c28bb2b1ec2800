import { messageFrom } from '../../core/model/build';
import { addChild, newRecord, setField } from '../../core/model/record';
import type { RuleDefinition } from '../../core/rules/types';
import { columnOf } from './cells';
import { outputArg, yearArg } from './options';
import type { ColumnResult } from './problems';
import { putFields, rowLocation } from './row-model';
import { runRowCheck } from './row-check';

/**
 * ILR.CHECKULN: a Unique Learner Number's format and check digit (ULN_04, DD01) and its field definition, one ULN per
 * row. Rules that also need the learner's aims (e.g. when a temporary ULN is allowed) are not run from a cell.
 * No date-relative rule reads only the ULN, so there is no AsOf argument.
 */
export function checkUln(args: { uln: unknown; year?: unknown; output?: unknown }, pool?: readonly RuleDefinition[]): ColumnResult {
  const year = yearArg(args.year);
  const form = outputArg(args.output);
  return runRowCheck({
    columns: [{ field: 'ULN', kind: 'text', cells: columnOf(args.uln, 'ULN') }],
    year,
    asOf: year.start,
    form,
    selection: { purpose: 'CHECKULN', entities: ['Learner'] },
    fieldEntities: [['ULN', 'Learner']],
    build: (rows, y) => {
      const msg = messageFrom(y.code, {});
      const rowsOfLearner = new Map<string, number[]>();
      for (const r of rows) {
        const ref = `#row${r.row}`;
        const learner = addChild(msg.root, newRecord('Learner', rowLocation(r.row)));
        setField(learner, 'LearnRefNumber', ref);
        putFields(learner, r.values, ['ULN'], r.row);
        rowsOfLearner.set(ref, [r.row]);
      }
      return { msg, rowsOfLearner };
    },
    ...(pool ? { pool } : {}),
  });
}
