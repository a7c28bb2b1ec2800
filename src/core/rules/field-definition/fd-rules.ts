import type { IlrYear } from '../../years/year';
import { years } from '../../years/registry';
import { allOfficialRules, type OfficialRule } from '../catalogue/official-list';
import type { MessageRule, RuleContext } from '../types';
import { FD_KIND_NAMES, officialMessageFits, parseFdId, standardFdMessage, type FdKind } from './fd-kinds';
import { buildFdPlan, type FdPlan } from './fd-plan';
import { fdProblems, type FdProblem } from './fd-walk';

/**
 * The field-definition rules, generated from the official rules list and each year's XSD:
 * every (element, facet kind) the XSD constrains is checked, reported under the official FD rule ID when the official
 * list has one (matched case-insensitively, e.g. element TLOut → FD_Tlout_AL) and otherwise under an ID of our own
 * of the same pattern (FD_<Element>_<Kind>), listed by `ilr rules` as supplementary.
 */

const officialFd = new Map<string, OfficialRule>();
for (const r of allOfficialRules()) if (parseFdId(r.name)) officialFd.set(r.name.toLowerCase(), r);

/** Element names of the official FD rules, lower-cased (to spot a message that names another field). */
const officialElements = new Set([...officialFd.values()].map((r) => parseFdId(r.name)!.element.toLowerCase()));

function resolveId(element: string, kind: FdKind): string {
  return officialFd.get(`fd_${element}_${kind}`.toLowerCase())?.name ?? `FD_${element}_${kind}`;
}

const plans = new WeakMap<IlrYear, FdPlan>();

/** The FD plan of a year, built once from its schema. */
export function fdPlanFor(year: IlrYear): FdPlan {
  let p = plans.get(year);
  if (!p) plans.set(year, (p = buildFdPlan(year, resolveId)));
  return p;
}

/** All FD problems of the message, computed once per run and shared by every FD rule. */
function problemsOf(ctx: RuleContext, msg: Parameters<MessageRule['check']>[0]): Map<string, FdProblem[]> {
  return ctx.derived('fd:problems', () => fdProblems(msg, fdPlanFor(msg.year)));
}

function reportAll(ctx: RuleContext, base: string, problems: readonly FdProblem[] | undefined): void {
  for (const p of problems ?? []) {
    const { kind, element, detail, ...finding } = p;
    let message = base;
    if (kind === 'EO') message = `${base}: ${detail}`;
    else if (kind !== 'MA') message = `${base}: ${element} ${detail}`;
    ctx.report({ ...finding, message });
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
    : `Not in the official 2025-26 rules list: ILR Workbench's own field-definition check of the same pattern, derived from the XSD (${FD_KIND_NAMES[where.kind]} of ${where.entity}.${where.element}), so a value the schema would reject is flagged in its cell before the XML file is built.`;
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
    appliesTo: (year) => fdPlanFor(year).ids.has(id),
    check(msg, ctx) {
      reportAll(ctx, message, problemsOf(ctx, msg).get(id));
    },
  };
}

/** Where each rule ID of a plan applies (element, kind, entity), first year first. */
function wheresOf(plan: FdPlan, into: Map<string, Where>): void {
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
}

function generate(): { rules: MessageRule[]; ids: Set<string> } {
  const where = new Map<string, Where>();
  for (const code of [...years.codes()].reverse()) wheresOf(fdPlanFor(years.get(code)), where);
  const known = new Set([...officialElements, ...[...where.values()].map((w) => w.element.toLowerCase())]);
  const rules: MessageRule[] = [];
  for (const [id, w] of [...where.entries()].sort(([a], [b]) => a.localeCompare(b))) {
    rules.push(fdRule(id, w, officialFd.get(id.toLowerCase()), known));
  }
  return { rules, ids: new Set(where.keys()) };
}

const generated = generate();

/**
 * A safety net for a year added at run time (--xsd) whose schema has elements no generated rule covers:
 * whatever its XSD would reject is still reported, under FD_Schema.
 */
const fdSchemaRule: MessageRule = {
  id: 'FD_Schema',
  scope: 'message',
  severity: 'error',
  message: 'The value does not meet the field definition in the year\'s XSD',
  description:
    "ILR Workbench's own: reports field-definition problems of elements that no generated FD rule covers (only possible for a year whose XSD was added at run time).",
  entity: 'Message',
  fields: [],
  needs: 'self',
  group: 'FD',
  appliesTo: (year) => [...fdPlanFor(year).ids].some((id) => !generated.ids.has(id)),
  check(msg, ctx) {
    for (const [id, problems] of problemsOf(ctx, msg)) {
      if (generated.ids.has(id)) continue;
      const parsed = parseFdId(id);
      reportAll(ctx, parsed ? `${standardFdMessage(parsed.element, parsed.kind)} (${id})` : id, problems);
    }
  },
};

/** One Rule object per FD rule ID (official or supplementary), plus the FD_Schema safety net. */
export const fieldDefinitionRules: MessageRule[] = [...generated.rules, fdSchemaRule];

/** Official FD rule IDs that no bundled year's XSD gives a facet for (listed by the catalogue as not implemented). */
export function underivableOfficialFdIds(): string[] {
  return [...officialFd.values()].map((r) => r.name).filter((n) => !generated.ids.has(n));
}
