import { checkSimpleValue, describeChar, xsdPatternToRegExp } from '../../schema/check-value';
import type { IlrMessage, IlrRecord } from '../../model/record';
import type { FdKind } from './fd-kinds';
import type { EntityPlan, FdPlan, FieldPlan } from './fd-plan';

/**
 * A field-definition problem, ready to report under its rule ID: the record and field (absent for a record that occurs
 * too often or too rarely), the learner and aim it belongs to, and `detail`, exactly what is wrong.
 */
export interface FdProblem {
  kind: FdKind;
  element: string;
  detail: string;
  entity: string;
  record: IlrRecord;
  field?: string;
  learner?: IlrRecord;
  aim?: IlrRecord;
}

interface Context {
  learner?: IlrRecord;
  aim?: IlrRecord;
}

const RECORD_WITH_LEARNER = new Set(['Learner', 'LearnerDestinationandProgression']);

/** What is wrong with one present value, one problem per FD kind at most. */
export function valueProblems(value: string, fp: FieldPlan, restrictedPattern: string | undefined): { kind: FdKind; detail: string }[] {
  const out: { kind: FdKind; detail: string }[] = [];
  const seen = new Set<FdKind>();
  const add = (kind: FdKind, detail: string) => {
    if (seen.has(kind)) return;
    seen.add(kind);
    out.push({ kind, detail });
  };
  const basic = checkSimpleValue(value, fp.typeWithoutPatterns, restrictedPattern);
  let charsetBad = false;
  for (const p of basic) {
    switch (p.kind) {
      case 'type':
        add('DT', p.message);
        break;
      case 'charset':
        charsetBad = true;
        add('AP', p.message);
        break;
      case 'length':
      case 'digits':
        add('AL', p.message);
        break;
      case 'range': {
        const digits = value.trim().replace(/^[+-]/, '').split('.')[0]!.replace(/^0+(?=\d)/, '').length;
        if (fp.maxDigits !== undefined && digits > fp.maxDigits) {
          add('AL', `must have at most ${fp.maxDigits} digits (it has ${digits})`);
        } else add('AR', p.message);
        break;
      }
      case 'enumeration':
        add('AR', p.message);
        break;
      case 'pattern':
        add('AP', p.message);
        break;
    }
  }
  if (seen.has('DT')) return out; // not a number or date: the other facets say nothing more useful
  for (const pp of fp.patterns) {
    if (!pp.charClass) {
      if (!charsetBad && !xsdPatternToRegExp(pp.pattern).test(value)) add('AP', `does not match the required format ${pp.pattern}`);
      continue;
    }
    const chars = [...value];
    if ((pp.minLength !== undefined && chars.length < pp.minLength) || (pp.maxLength !== undefined && chars.length > pp.maxLength)) {
      const range =
        pp.minLength === pp.maxLength ? `exactly ${pp.minLength}` : pp.maxLength === undefined ? `at least ${pp.minLength}` : `between ${pp.minLength} and ${pp.maxLength}`;
      add('AL', `must be ${range} characters long (it has ${chars.length})`);
    }
    if (!charsetBad) {
      const bad = chars.find((c) => !pp.charClass!.test(c));
      if (bad !== undefined) add('AP', `contains ${describeChar(bad)}, which this field does not allow (allowed: ${pp.pattern.replace(/\{.*\}$/, '')})`);
    }
  }
  return out;
}

type ValueVerdict = { kind: FdKind; detail: string }[];
const NO_PROBLEMS: ValueVerdict = [];
/** Distinct values remembered per field: codes, dates and postcodes repeat across learners; reference numbers do not. */
const MEMO_LIMIT = 1000;
const memo = new WeakMap<FieldPlan, Map<string, ValueVerdict>>();

/** valueProblems, remembered per field for repeated values (the verdict depends only on the field's plan and the text). */
function verdictOf(value: string, fp: FieldPlan, restrictedPattern: string | undefined): ValueVerdict {
  let m = memo.get(fp);
  if (!m) memo.set(fp, (m = new Map()));
  const known = m.get(value);
  if (known) return known;
  const v = valueProblems(value, fp, restrictedPattern);
  const verdict = v.length ? v : NO_PROBLEMS;
  if (m.size < MEMO_LIMIT) m.set(value, verdict);
  return verdict;
}

/**
 * Checks every record of the message against the year's FD plan in one walk, grouping the problems by rule ID.
 * Cost: one look-up per declared field per record, plus the facet checks of the values present.
 */
export function fdProblems(msg: IlrMessage, plan: FdPlan): Map<string, FdProblem[]> {
  const out = new Map<string, FdProblem[]>();
  const push = (id: string, p: FdProblem) => {
    let list = out.get(id);
    if (!list) out.set(id, (list = []));
    list.push(p);
  };
  const withContext = (p: FdProblem, ctx: Context): FdProblem => {
    if (ctx.learner) p.learner = ctx.learner;
    if (ctx.aim) p.aim = ctx.aim;
    return p;
  };

  const visit = (rec: IlrRecord, ep: EntityPlan, outer: Context) => {
    const ctx: Context = { ...outer };
    if (RECORD_WITH_LEARNER.has(ep.name)) ctx.learner = rec;
    if (ep.name === 'LearningDelivery') ctx.aim = rec;
    for (const fp of ep.fields) {
      const v = rec.fields[fp.name];
      if (v === undefined || v.text.trim() === '') {
        const id = fp.ids.MA;
        if (id) push(id, withContext({ kind: 'MA', element: fp.name, detail: 'it is required', entity: ep.name, record: rec, field: fp.name }, ctx));
        continue;
      }
      for (const vp of verdictOf(v.text, fp, plan.restrictedPattern)) {
        const id = fp.ids[vp.kind];
        if (!id) continue;
        push(id, withContext({ kind: vp.kind, element: fp.name, detail: vp.detail, entity: ep.name, record: rec, field: fp.name }, ctx));
      }
    }
    for (const cp of ep.children) {
      const list = rec.children[cp.name] ?? [];
      if (cp.eoId) {
        const { minOccurs, maxOccurs } = cp.decl;
        if (list.length > maxOccurs) {
          const at = list[maxOccurs] ?? rec;
          push(cp.eoId, withContext({ kind: 'EO', element: cp.name, detail: `there are ${list.length} ${cp.name} records; at most ${maxOccurs} ${maxOccurs === 1 ? 'is' : 'are'} allowed`, entity: cp.name, record: at }, ctx));
        } else if (list.length < minOccurs) {
          push(cp.eoId, withContext({ kind: 'EO', element: cp.name, detail: `there ${list.length === 1 ? 'is' : 'are'} ${list.length} ${cp.name} record${list.length === 1 ? '' : 's'}; at least ${minOccurs} ${minOccurs === 1 ? 'is' : 'are'} required`, entity: cp.name, record: rec }, ctx));
        }
      }
      for (const child of list) visit(child, cp.entity, ctx);
    }
  };
  visit(msg.root, plan.root, {});
  return out;
}
