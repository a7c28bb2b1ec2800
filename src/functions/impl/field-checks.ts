import { fdFindingMessage, fdPlanFor, fdRuleOf } from '../../core/rules/field-definition/fd-rules';
import type { EntityPlan, FieldPlan } from '../../core/rules/field-definition/fd-plan';
import type { FdKind } from '../../core/rules/field-definition/fd-kinds';
import { valueProblems } from '../../core/rules/field-definition/fd-walk';
import type { Finding } from '../../core/rules/types';
import type { IlrYear } from '../../core/years/year';
import type { RowValues } from './row-model';

/**
 * The field-definition (FD_*) checks of the supplied fields, straight from the rows. The FD rules of the engine walk
 * every record of a message against every field of the year's plan; for a cell function that would mean building and
 * throwing away a "missing" problem for every field the function was never given. Here only the supplied fields are
 * checked, with the engine's own plan (fdPlanFor), value checks (valueProblems), rule IDs and messages (the FD rule
 * objects), so the findings are the same as the engine's for those fields. Verdicts of repeated values are remembered.
 */

export interface FieldCheck {
  field: string;
  entity: string;
  plan: FieldPlan;
}

const planCache = new Map<string, FieldCheck[]>();

function findEntity(ep: EntityPlan, name: string): EntityPlan | undefined {
  if (ep.name === name) return ep;
  for (const c of ep.children) {
    const found = findEntity(c.entity, name);
    if (found) return found;
  }
  return undefined;
}

/** The FD checks of the given fields, each in the entity the function puts it in (only those the year's plan has). */
export function fieldChecks(year: IlrYear, fieldEntity: ReadonlyArray<readonly [field: string, entity: string]>): FieldCheck[] {
  const key = `${year.code}|${year.source}|${fieldEntity.map(([f, e]) => `${e}.${f}`).join(',')}`;
  let checks = planCache.get(key);
  if (checks) return checks;
  const plan = fdPlanFor(year);
  checks = [];
  for (const [field, entity] of fieldEntity) {
    const fp = findEntity(plan.root, entity)?.fields.find((f) => f.name === field);
    if (fp) checks.push({ field, entity, plan: fp });
  }
  planCache.set(key, checks);
  return checks;
}

type Verdict = { id: string; kind: FdKind; detail: string }[];

/** Runs the checks on many rows, remembering the verdict of each (field, value). */
export class FieldChecker {
  private readonly verdicts = new Map<FieldPlan, Map<string, Verdict>>();
  private readonly restricted: string | undefined;

  constructor(
    private readonly year: IlrYear,
    private readonly checks: readonly FieldCheck[],
    private readonly disabled: ReadonlySet<string> = new Set(),
  ) {
    this.restricted = fdPlanFor(year).restrictedPattern;
  }

  private verdict(fp: FieldPlan, value: string): Verdict {
    let byValue = this.verdicts.get(fp);
    if (!byValue) this.verdicts.set(fp, (byValue = new Map()));
    let v = byValue.get(value);
    if (!v) {
      v = [];
      for (const p of valueProblems(value, fp, this.restricted)) {
        const id = fp.ids[p.kind];
        if (id) v.push({ id, kind: p.kind, detail: p.detail });
      }
      byValue.set(value, v);
    }
    return v;
  }

  /** The FD findings of one row (its values as model text, '' = blank). */
  check(values: RowValues, into: { push(f: Finding): void }): void {
    for (const c of this.checks) {
      const value = values[c.field];
      if (value === undefined) continue;
      if (value.trim() === '') {
        const id = c.plan.ids.MA;
        if (id) this.push(into, id, 'MA', c, value, 'it is required');
        continue;
      }
      for (const p of this.verdict(c.plan, value)) this.push(into, p.id, p.kind, c, value, p.detail);
    }
  }

  private push(into: { push(f: Finding): void }, id: string, kind: FdKind, c: FieldCheck, value: string, detail: string): void {
    const rule = fdRuleOf(this.year, id);
    if (!rule || this.disabled.has(id)) return;
    into.push({
      rule: id,
      severity: rule.severity,
      message: fdFindingMessage(rule.message, kind, c.field, detail),
      entity: c.entity,
      field: c.field,
      ...(kind === 'MA' ? {} : { value }),
    });
  }
}
