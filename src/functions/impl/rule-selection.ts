import type { YearRule } from '../../core/rules/types';

/**
 * Which rules a cell function runs. A function sees only the columns it was given, so it runs exactly the rules that
 * read nothing else: every field a rule declares (RuleMeta.fields) must be among the supplied ones. Rules that need
 * reference data, rules comparing records (groups duplicates and cross-record: a component aim without its programme
 * aim, overlapping records) and file-level rules are never run from a cell. The field-definition (FD) checks of the
 * supplied fields are not chosen here: they run straight from the rows (field-checks.ts). Lists are built once per
 * (year's rule set, purpose, supplied fields) and cached (one purpose, one set of entities and advice filter).
 */
export interface RuleSelection {
  /** A name for the cache, e.g. "CHECKAIM". */
  purpose: string;
  /** The fields the call supplies (element names). */
  supplied: readonly string[];
  /** Entities whose rules may run (FD rules excepted, see above). */
  entities: readonly string[];
  /**
   * Also run advice rules (group "advice" or an ADV_ ID) of other entities that read only supplied fields and that
   * this says are about the function's subject (e.g. destination advice about a Learner).
   */
  adviceAbout?: (rule: YearRule) => boolean;
}

const cache = new WeakMap<readonly YearRule[], Map<string, YearRule[]>>();

function isFd(rule: YearRule): boolean {
  return rule.group === 'FD';
}

function isAdvice(rule: YearRule): boolean {
  return rule.group === 'advice' || rule.id.startsWith('ADV_');
}

/** The rules of `pool` (a year's rule set) that a call supplying `sel.supplied` runs. */
export function selectRules(sel: RuleSelection, pool: readonly YearRule[]): YearRule[] {
  const supplied = [...new Set(sel.supplied)].sort();
  const key = `${sel.purpose}|${sel.entities.join(',')}|${supplied.join(',')}`;
  let byKey = cache.get(pool);
  if (!byKey) cache.set(pool, (byKey = new Map()));
  const hit = byKey.get(key);
  if (hit) return hit;
  const have = new Set(supplied);
  const entities = new Set(sel.entities);
  const chosen = pool.filter((r) => {
    if (r.needs !== 'self') return false;
    if (r.fields.length === 0 || !r.fields.every((f) => have.has(f))) return false;
    if (r.group === 'duplicates' || r.group === 'cross-record') return false; // they compare records a row does not hold
    if (isFd(r)) return false; // the FD checks of the supplied fields run apart (field-checks.ts)
    if (r.scope === 'message') return false;
    if (entities.has(r.entity)) return true;
    return sel.adviceAbout !== undefined && isAdvice(r) && sel.adviceAbout(r);
  });
  byKey.set(key, chosen);
  return chosen;
}
