import { CELL_RULE_IDS } from '../../core/sheet/cell-rules';
import { ruleCatalogue } from '../../core/rules/catalogue/catalogue';
import { ruleGroups, rulesFor } from '../../core/rules/rule-set';
import { DEFAULT_ADVICE_SETTINGS, type AdviceSettings } from '../../core/rules/types';
import { years } from '../../core/years/registry';
import { UsageError } from '../io';

/** Every name `--disable` accepts, by its lower-case form: rule IDs of every known year, groups, catalogue entries. */
function disableNames(): Map<string, string> {
  const names = new Map<string, string>();
  const add = (n: string) => {
    const k = n.toLowerCase();
    if (!names.has(k)) names.set(k, n);
  };
  for (const code of years.codes()) {
    const year = years.get(code);
    for (const r of rulesFor(year)) {
      add(r.id);
      for (const id of r.ids) add(id);
    }
    for (const r of rulesFor(year)) add(r.group);
    const cat = ruleCatalogue(year);
    for (const e of cat.rules) add(e.rule);
    for (const e of cat.supplementary) add(e.rule);
  }
  for (const id of CELL_RULE_IDS) add(id);
  return names;
}

/** Levenshtein distance, case-insensitive (for "did you mean"). */
export function editDistance(a: string, b: string): number {
  const s = a.toLowerCase();
  const t = b.toLowerCase();
  let prev = Array.from({ length: t.length + 1 }, (_, j) => j);
  for (let i = 1; i <= s.length; i++) {
    const cur = [i];
    for (let j = 1; j <= t.length; j++) cur[j] = Math.min(prev[j]! + 1, cur[j - 1]! + 1, prev[j - 1]! + (s[i - 1] === t[j - 1] ? 0 : 1));
    prev = cur;
  }
  return prev[t.length]!;
}

/** The candidate nearest `name` (fewest edits; ties to the alphabetically first). */
export function closest(name: string, candidates: Iterable<string>): string | undefined {
  let best: string | undefined;
  let bestD = Infinity;
  for (const c of candidates) {
    const d = editDistance(name, c);
    if (d < bestD || (d === bestD && best !== undefined && c < best)) {
      best = c;
      bestD = d;
    }
  }
  return best;
}

/**
 * `--disable ID,GROUP` (repeatable) as the names the engine switches off. A name is matched case-insensitively and
 * passed on in its catalogue spelling (`r_06` switches off `R_06`); an unknown one is refused (exit 2) naming it and
 * the closest known ID or group: a typing slip must not leave a rule running that the user believes switched off.
 */
export function parseDisableOptions(items: readonly string[]): string[] {
  const wanted = items.flatMap((d) => d.split(',')).map((d) => d.trim()).filter(Boolean);
  if (!wanted.length) return [];
  const names = disableNames();
  const out: string[] = [];
  const unknown: string[] = [];
  for (const w of wanted) {
    const known = names.get(w.toLowerCase());
    if (known) out.push(known);
    else unknown.push(w);
  }
  if (unknown.length) {
    const described = unknown.map((u) => `"${u}" (the closest known: ${closest(u, names.values()) ?? 'none'})`).join(', ');
    throw new UsageError(
      `--disable: ${described} ${unknown.length === 1 ? 'is not a rule ID or group' : 'are not rule IDs or groups'}; "ilr rules" lists every rule ID, and the groups are ${ruleGroups().join(', ')}`,
    );
  }
  return [...new Set(out)];
}

/** `--advice breakInLearningMonths=9` (repeatable): the advice thresholds, by their setting names. */
export function parseAdviceOptions(items: string[]): Partial<AdviceSettings> {
  const out: Partial<AdviceSettings> = {};
  const settingNames = Object.keys(DEFAULT_ADVICE_SETTINGS);
  for (const item of items.flatMap((i) => i.split(','))) {
    const m = /^\s*(\w+)\s*=\s*(\d+(?:\.\d+)?)\s*$/.exec(item);
    const key = m?.[1] as keyof AdviceSettings | undefined;
    if (!m || !key || !(key in DEFAULT_ADVICE_SETTINGS)) {
      const typed = /^\s*(\w+)/.exec(item)?.[1];
      const near = typed && !(typed in DEFAULT_ADVICE_SETTINGS) ? closest(typed, settingNames) : undefined; // NAME known: the number is wrong
      throw new UsageError(
        `--advice takes NAME=NUMBER with NAME one of ${settingNames.join(', ')} (got "${item.trim()}")${near ? `; did you mean ${near}?` : ''}`,
      );
    }
    out[key] = Number(m[2]);
  }
  return out;
}
