/**
 * Results of units of rows already checked, so a recalculation after one edit re-checks only the unit that changed.
 * Excel recalculates a formula over a whole range whenever any of its cells changes; the rules of a cell function
 * look at one unit at a time (one learner's destination rows, one aim), so a unit whose values are unchanged (in the
 * same context: function, year, as-of date, settings, supplied columns, output form) has the same result.
 * Bounded: a few contexts, a capped number of units each.
 */

const MAX_CONTEXTS = 8;
const MAX_UNITS = 250_000;

const contexts = new Map<string, Map<string, string[]>>();

export function unitCache(context: string): Map<string, string[]> {
  let units = contexts.get(context);
  if (units) {
    contexts.delete(context); // most recently used last
    contexts.set(context, units);
  } else {
    units = new Map();
    contexts.set(context, units);
    if (contexts.size > MAX_CONTEXTS) contexts.delete(contexts.keys().next().value!);
  }
  if (units.size > MAX_UNITS) units.clear();
  return units;
}

/** Forgets every cached result (tests, benchmarks, and when the task pane changes the rules switched off). */
export function clearResultCache(): void {
  contexts.clear();
}
