import { addChild, newRecord, setField, type IlrMessage, type IlrRecord } from '../../core/model/record';
import { messageFrom } from '../../core/model/build';
import type { RuleDefinition, YearRule } from '../../core/rules/types';
import { DESTINATION_ENTITY } from '../../core/years/registry';
import { columnOf } from './cells';
import { asOfArg, outputArg, yearArg } from './options';
import type { ColumnResult } from './problems';
import { putFields, rowLocation, type InputColumn } from './row-model';
import { involvedRows } from './involved-rows';
import { runRowCheck, type ReadRow } from './row-check';

const OUTCOME_FIELDS = ['OutType', 'OutCode', 'OutStartDate', 'OutEndDate', 'OutCollDate'] as const;
const OUTCOME_FIELD_SET: ReadonlySet<string> = new Set(OUTCOME_FIELDS);

/** Advice about destinations, whatever entity it is filed under: it is in the destination group or reads an outcome field. */
function isDestinationAdvice(rule: YearRule): boolean {
  return rule.group === 'destination' || /(^|_)DP(_|$)|Destination/i.test(rule.id) || rule.fields.some((f) => OUTCOME_FIELD_SET.has(f));
}

export interface CheckDpArgs {
  outType: unknown;
  outCode: unknown;
  outStartDate: unknown;
  outEndDate?: unknown;
  outCollDate?: unknown;
  learnActEndDate?: unknown;
  learnRefNumber?: unknown;
  asOf?: unknown;
  year?: unknown;
  output?: unknown;
}

/**
 * ILR.CHECKDP: the Destination and Progression rules and the destination advice, row by row. Each row is one
 * DPOutcome. With a LearnRefNumber column, rows of the same learner form one Learner Destination and Progression
 * record, so the rules comparing a learner's outcomes (duplicates, EMP with NPE on one date, …) run across those rows
 * and are reported on each row involved; without it every row stands alone. With LearnActEndDate, each learner also
 * gets an aim ending on that date, for the advice that depends on when learning ended.
 */
export function checkDp(args: CheckDpArgs, pool?: readonly RuleDefinition[]): ColumnResult {
  const year = yearArg(args.year);
  const asOf = asOfArg(args.asOf);
  const form = outputArg(args.output);
  const columns: InputColumn[] = [
    { field: 'OutType', kind: 'text', cells: columnOf(args.outType, 'OutType') },
    { field: 'OutCode', kind: 'text', cells: columnOf(args.outCode, 'OutCode') },
    { field: 'OutStartDate', kind: 'date', cells: columnOf(args.outStartDate, 'OutStartDate') },
    { field: 'OutEndDate', kind: 'date', cells: columnOf(args.outEndDate, 'OutEndDate') },
    { field: 'OutCollDate', kind: 'date', cells: columnOf(args.outCollDate, 'OutCollDate') },
    { field: 'LearnActEndDate', kind: 'date', cells: columnOf(args.learnActEndDate, 'LearnActEndDate') },
    { field: 'LearnRefNumber', kind: 'text', cells: columnOf(args.learnRefNumber, 'LearnRefNumber') },
  ];
  const withRefs = columns[6]!.cells.length > 0;
  const withEnds = columns[5]!.cells.length > 0;
  let base: IlrMessage | undefined;
  const build = (rows: readonly ReadRow[], yearCode: string) => {
    const built = buildDestinations(rows, yearCode, withRefs, withEnds, asOf, base);
    base ??= built.msg;
    return built;
  };
  const rowsByKey = new Map<string, ReadRow[]>();
  const keyOfRow = new Map<number, string>();
  return runRowCheck({
    columns,
    year,
    asOf,
    form,
    selection: { purpose: 'CHECKDP', entities: ['DPOutcome', DESTINATION_ENTITY], adviceAbout: isDestinationAdvice },
    unitOf: (r) => unitKey(r, withRefs),
    build: (rows, y) => {
      for (const r of rows) {
        const key = unitKey(r, withRefs);
        keyOfRow.set(r.row, key);
        const list = rowsByKey.get(key);
        if (list) list.push(r);
        else rowsByKey.set(key, [r]);
      }
      return build(rows, y.code);
    },
    fieldEntities: [
      ...OUTCOME_FIELDS.map((f) => [f, 'DPOutcome'] as const),
      ['LearnRefNumber', DESTINATION_ENTITY],
      ['LearnActEndDate', 'LearningDelivery'],
    ],
    alsoAbout: (finding, row, { rules, opts }) => {
      const rule = rules.find((r) => r.id === finding.rule);
      if (!rule || rule.scope === 'message') return [];
      const learnerRows = rowsByKey.get(keyOfRow.get(row) ?? '') ?? [];
      return involvedRows({ finding, row, rule, learnerRows, opts, yearCode: year.code, build });
    },
    ...(pool ? { pool } : {}),
  });
}

/** A new message sharing another's Header and LearningProvider records (never changed by rules). */
function withHeaderOf(base: IlrMessage): IlrMessage {
  const root = newRecord('Message');
  root.children.Header = base.root.children.Header ?? [];
  root.children.LearningProvider = base.root.children.LearningProvider ?? [];
  return { year: base.year, root };
}

/** The unit of a row: its learner, references compared without case (as the rules compare them). */
function unitKey(r: ReadRow, withRefs: boolean): string {
  return groupKey(r, withRefs).toUpperCase();
}

function groupKey(r: ReadRow, withRefs: boolean): string {
  const ref = withRefs ? r.values.LearnRefNumber : '';
  // A row without a learner reference stands alone (its own record); the key cannot clash with a real reference,
  // which never contains "#".
  return ref ? ref : `#row${r.row}`;
}

/**
 * The model of CHECKDP's rows. The file preparation date is the as-of date: the check is of a return prepared that day.
 */
export function buildDestinations(rows: readonly ReadRow[], yearCode: string, withRefs: boolean, withEnds: boolean, asOf: string, base?: IlrMessage) {
  const msg = base ? withHeaderOf(base) : messageFrom(yearCode, { filePreparationDate: asOf, dateTime: `${asOf}T09:00:00` });
  const rowsOfLearner = new Map<string, number[]>();
  const records = new Map<string, { ldp: IlrRecord; learner?: IlrRecord }>();
  let aimSeq = 0;
  for (const r of rows) {
    const key = groupKey(r, withRefs);
    let group = records.get(key);
    if (!group) {
      const ldp = addChild(msg.root, newRecord(DESTINATION_ENTITY, rowLocation(r.row)));
      // The reference is in the model under its real value; without a LearnRefNumber column, under the group key,
      // which no rule reads (rules reading LearnRefNumber run only when the column is supplied); a blank reference in
      // a supplied column stays blank, so the rules requiring it say so.
      const real = !key.startsWith('#');
      if (real || !withRefs) setField(ldp, 'LearnRefNumber', key, real ? rowLocation(r.row) : undefined);
      group = { ldp };
      if (withEnds) {
        const learner = addChild(msg.root, newRecord('Learner', rowLocation(r.row)));
        if (real || !withRefs) setField(learner, 'LearnRefNumber', key, real ? rowLocation(r.row) : undefined);
        group.learner = learner;
      }
      records.set(key, group);
      rowsOfLearner.set(key, []);
    }
    rowsOfLearner.get(key)!.push(r.row);
    const outcome = addChild(group.ldp, newRecord('DPOutcome', rowLocation(r.row)));
    putFields(outcome, r.values, OUTCOME_FIELDS, r.row);
    if (group.learner && r.values.LearnActEndDate) {
      const aim = addChild(group.learner, newRecord('LearningDelivery', rowLocation(r.row)));
      setField(aim, 'AimSeqNumber', String(++aimSeq));
      putFields(aim, r.values, ['LearnActEndDate'], r.row);
    }
  }
  return { msg, rowsOfLearner };
}
