import type { IlrYear } from '../../years/year';
import { newestList, ruleInList, type OfficialRule } from '../catalogue/official-list';
import { messageDerived } from '../derived/define';
import { resolveAll } from '../resolve';
import type { MessageRule, RuleContext, YearRule } from '../types';
import { FD_KIND_NAMES, officialMessageFits, parseFdId, standardFdMessage, type FdKind } from './fd-kinds';
import { buildFdPlan, type FdPlan } from './fd-plan';
import { fdProblems, type FdProblem } from './fd-walk';

/**
 * The field-definition rules of a year, generated from its XSD (also for a year added at run time) and named after
 * the newest official rules list: every (element, facet kind) the XSD constrains is checked, under the official FD
 * rule ID when the list has one (matched case-insensitively, e.g. element TLOut → FD_Tlout_AL) and otherwise under an
 * ID of our own of the same pattern (FD_<Element>_<Kind>), which the catalogue lists as supplementary. The 2020-21
 * service had no FD rules (its XSD check stood for them): for 2020-21 they are all supplementary, under the same IDs.
 */

function officialFd(id: string): OfficialRule | undefined {
  return parseFdId(id) ? ruleInList(newestList(), id) : undefined;
}

/** Element names of the official FD rules, lower-cased (to spot a message that names another field). */
let officialElements: Set<string> | undefined;
function officialFdElements(): Set<string> {
  officialElements ??= new Set(
    newestList()
      .rules.map((r) => parseFdId(r.name)?.element.toLowerCase())
      .filter((e): e is string => e !== undefined),
  );
  return officialElements;
}

function resolveId(element: string, kind: FdKind): string {
  const own = `FD_${element}_${kind}`;
  return officialFd(own)?.name ?? own;
}

const plans = new WeakMap<IlrYear, FdPlan>();

/** The FD plan of a year, built once from its schema. */
export function fdPlanFor(year: IlrYear): FdPlan {
  let p = plans.get(year);
  if (!p) plans.set(year, (p = buildFdPlan(year, resolveId)));
  return p;
}

/** All FD problems of the message, computed once per run and shared by every FD rule. */
const FD_PROBLEMS = messageDerived('field-definition problems', (msg) => fdProblems(msg, fdPlanFor(msg.year)));

/** The message of an FD finding: the rule's, followed by exactly what is wrong (the cell functions say the same). */
export function fdFindingMessage(base: string, kind: FdKind, element: string, detail: string): string {
  if (kind === 'MA') return base;
  if (kind === 'EO') return `${base}: ${detail}`;
  return `${base}: ${element} ${detail}`;
}

function reportAll(ctx: RuleContext, base: string, problems: readonly FdProblem[] | undefined): void {
  for (const p of problems ?? []) {
    ctx.report(p.record, p.field, {
      message: fdFindingMessage(base, p.kind, p.element, p.detail),
      entity: p.entity,
      ...(p.learner ? { learner: p.learner } : {}),
      ...(p.aim ? { aim: p.aim } : {}),
    });
  }
}

interface Where {
  element: string;
  kind: FdKind;
  entity: string;
}

function fdRule(id: string, where: Where, official: OfficialRule | undefined, knownElements: ReadonlySet<string>): MessageRule {
  const fits = official ? officialMessageFits(official.errorMessage, where.element, where.kind, knownElements) : false;
  const message = official && fits ? official.errorMessage : standardFdMessage(where.element, where.kind);
  const description = official
    ? [
        official.detailedDescription || official.description,
        official.exclusions ? `Exclusions: ${official.exclusions}` : '',
        `Checked from the year's XSD (${FD_KIND_NAMES[where.kind]} of ${where.entity}.${where.element}).`,
        fits ? '' : `The official message ("${official.errorMessage}") names another field or check, so the standard wording is shown.`,
      ]
        .filter(Boolean)
        .join(' ')
    : `Not in the official rules list: ILR Workbench's own field-definition check of the same pattern, derived from the XSD (${FD_KIND_NAMES[where.kind]} of ${where.entity}.${where.element}), so a value the schema would reject is flagged in its cell before the XML file is built.`;
  return {
    id,
    scope: 'message',
    severity: 'error',
    message,
    description,
    entity: where.entity,
    fields: where.kind === 'EO' ? [] : [where.element],
    needs: 'self',
    group: 'FD',
    check(msg, ctx) {
      reportAll(ctx, message, ctx.get(FD_PROBLEMS).get(id));
    },
  };
}

/** Where each rule ID of a plan applies (element, kind, entity). */
function wheresOf(plan: FdPlan): Map<string, Where> {
  const into = new Map<string, Where>();
  const walk = (ep: FdPlan['root']) => {
    for (const f of ep.fields) {
      for (const [k, id] of Object.entries(f.ids) as [FdKind, string][]) if (!into.has(id)) into.set(id, { element: f.name, kind: k, entity: f.entity });
    }
    for (const c of ep.children) {
      if (c.eoId && !into.has(c.eoId)) into.set(c.eoId, { element: c.name, kind: 'EO', entity: ep.name });
      walk(c.entity);
    }
  };
  walk(plan.root);
  return into;
}

const byYear = new WeakMap<IlrYear, YearRule[]>();

/** The FD rules of a year, one per rule ID its XSD gives (official or supplementary), generated once per year. */
export function fdRulesFor(year: IlrYear): YearRule[] {
  let rules = byYear.get(year);
  if (rules) return rules;
  const where = wheresOf(fdPlanFor(year));
  const known = new Set([...officialFdElements(), ...[...where.values()].map((w) => w.element.toLowerCase())]);
  const defs = [...where.entries()].sort(([a], [b]) => a.localeCompare(b)).map(([id, w]) => fdRule(id, w, officialFd(id), known));
  byYear.set(year, (rules = resolveAll(defs, year)));
  return rules;
}

/** An FD rule of a year by ID (for the cell functions' field checks). */
export function fdRuleOf(year: IlrYear, id: string): YearRule | undefined {
  return fdRulesFor(year).find((r) => r.id === id);
}

/** Official FD rule IDs of the newest list that a year's XSD gives no facet for (the catalogue lists them as not implemented). */
export function underivableOfficialFdIds(year: IlrYear): string[] {
  const ids = fdPlanFor(year).ids;
  return newestList()
    .rules.map((r) => r.name)
    .filter((n) => parseFdId(n) !== undefined && !ids.has(n));
}
