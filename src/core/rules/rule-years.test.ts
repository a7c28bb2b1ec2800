import { years } from '../years/registry';
import { ruleDefinitions } from './all-rules';
import { officialList, ruleInList } from './catalogue/official-list';
import { existsIn, idIn, resolveRule } from './resolve';
import type { RuleDefinition } from './types';

/**
 * Each rule declares the years it exists in (RuleMeta.years, appliesTo). For every year with its own official list,
 * the declaration must agree with the list: a rule the list has for the year runs (unless the product cannot run it
 * that year for a stated reason), and a rule that runs is in the list, unless it is a check of our own (advice), or a
 * Destination and Progression check kept, as advice, for a year whose ILR no longer has the entity.
 */
const SHIPPED = ['2526', '2021'];

/** Official rules the product cannot run in a year although it implements them in another, with the reason. */
const NOT_RUN_IN: Record<string, Record<string, string>> = {
  '2021': {
    AimType_08: "ESFA's 2020-21 AimType_08 read LARS (LearnAimRefType 1468 on a T Level); the 2025-26 rule of that ID is a check of the file alone",
    LearningDeliveryHE_02: "ESFA's 2020-21 service excluded universities (legal organisation type UHEO, organisation reference data)",
  },
  '2526': {},
};

function isOwn(def: RuleDefinition): boolean {
  return def.group === 'advice' || def.id.startsWith('ADV_');
}

describe('the years each rule exists in agree with the official lists', () => {
  for (const code of SHIPPED) {
    const year = years.get(code);
    const list = officialList(code)!;

    test(`${year.label}: every rule that runs is in the ${year.label} list (or is ours, or DP kept as advice)`, () => {
      const strays: string[] = [];
      for (const def of ruleDefinitions) {
        const r = resolveRule(def, year);
        if (!r || isOwn(def)) continue;
        if (ruleInList(list, r.id)?.name === r.id) continue;
        if (r.severity === 'advice' && def.group === 'destination' && !year.hasDestinations) continue;
        strays.push(r.id);
      }
      expect(strays).toEqual([]);
    });

    test(`${year.label}: every implemented rule the ${year.label} list has runs that year`, () => {
      const missing: string[] = [];
      for (const def of ruleDefinitions) {
        if (isOwn(def)) continue;
        const id = idIn(def, year);
        if (ruleInList(list, id)?.name !== id || existsIn(def, year) || NOT_RUN_IN[code]![id]) continue;
        missing.push(id);
      }
      expect(missing).toEqual([]);
    });
  }

  test("rules that ESFA's 2020-21 service did not have start in 2021-22", () => {
    const later = ruleDefinitions.filter((d) => d.years?.from === '2122').map((d) => d.id).sort();
    expect(later).toEqual(expect.arrayContaining(['AchDate_12', 'AchDate_13', 'CompStatus_08', 'CompStatus_09', 'Outcome_11', 'Outcome_12']));
    for (const id of later) expect(ruleInList(officialList('2021')!, id)).toBeUndefined();
  });
});
