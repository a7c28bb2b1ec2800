import { incompleteLists } from '../codes';
import type { IlrMessage, IlrRecord } from '../model/record';
import { years as defaultYears } from '../years/registry';
import type { IlrYear } from '../years/year';
import { ruleCatalogue } from './catalogue/catalogue';
import { listForYear, officialLists, ruleInList, type OfficialRule } from './catalogue/official-list';
import { resultOf, runRules, sortFindings, startRules } from './engine';
import { ruleById, rulesFor } from './rule-set';
import type { CheckOptions, CheckResult, Needs, Severity, YearRule } from './types';

/**
 * Checks a message: runs every rule of its year (rulesFor) minus those switched off by ID or group, sorts the findings
 * (errors, warnings, advice) and says what was not checked: the year's official rules that need reference data the
 * product does not have (`notRun`) and those not implemented yet (`notImplemented`) — never counted as passed.
 * `rules` is for benchmarks and tests that time or exercise a subset; the disclosure is always the year's.
 */
export function runChecks(msg: IlrMessage, opts: CheckOptions, rules: readonly YearRule[] = rulesFor(msg.year)): CheckResult {
  const findings = sortFindings(runRules(msg, rules, opts));
  return resultOf(msg, findings, opts, disclosure(msg.year, opts.disabled ?? []));
}

/**
 * A check in progress (see startChecks): learners are given as they become complete and checked at once; `finish`
 * runs the message-level rules and gives the same result runChecks would.
 */
export interface CheckRun {
  addLearners(learners: readonly IlrRecord[]): void;
  addDestinations(ldps: readonly IlrRecord[]): void;
  /** How many findings so far. */
  readonly count: number;
  finish(): CheckResult;
}

/**
 * Starts a check of a message whose learners are checked as they are added (the task pane checks a workbook in chunks
 * of learners, giving the page time to paint between them). Every learner and destination record of the message must
 * be added, once, before `finish`; the message-level rules then run over the whole message.
 */
export function startChecks(msg: IlrMessage, opts: CheckOptions, rules: readonly YearRule[] = rulesFor(msg.year)): CheckRun {
  const run = startRules(msg, rules, opts);
  return {
    addLearners: (l) => run.addLearners(l),
    addDestinations: (d) => run.addDestinations(d),
    get count() {
      return run.count;
    },
    finish: () => resultOf(msg, sortFindings(run.finish()), opts, disclosure(msg.year, opts.disabled ?? [])),
  };
}

/** What a check of the year runs and does not run, given the rules switched off. */
export function disclosure(
  year: IlrYear,
  disabledList: readonly string[],
): Pick<CheckResult, 'ran' | 'notRun' | 'notImplemented' | 'rulesNote' | 'incompleteCodeLists'> {
  const disabled = new Set(disabledList);
  const cat = ruleCatalogue(year);
  const notRun: CheckResult['notRun'] = [];
  const notImplemented: CheckResult['notImplemented'] = [];
  let ran = 0;
  const listed = new Set<string>(); // the official list names a rule twice at most (FD_FINAMOUNT_MA); count it once
  for (const e of cat.rules) {
    if (listed.has(e.rule)) continue;
    listed.add(e.rule);
    if (e.state === 'implemented') {
      const r = ruleById(e.rule, year);
      if (!r || (!disabled.has(r.group) && !r.ids.some((id) => disabled.has(id)))) ran++;
    } else if (!disabled.has(e.rule)) {
      if (e.state === 'needs-reference-data') notRun.push({ rule: e.rule, needs: e.needs });
      else notImplemented.push({ rule: e.rule, category: e.category });
    }
  }
  return { ran, notRun, notImplemented, incompleteCodeLists: incompleteLists(year.code), ...(cat.note ? { rulesNote: cat.note } : {}) };
}

export interface RuleInfo {
  /** The rule's ID in the year asked about. */
  id: string;
  /** Its IDs in other years, when they differ (2020-21 "R06" for 2025-26 "R_06"). */
  otherIds: string[];
  /** The year code the answer is for. */
  year: string;
  severity: Severity | 'N/A';
  message: string;
  description: string;
  needs: Needs;
  implemented: boolean;
  /** Whether the ID is in the year's official rules list (false for FD checks of our own and advice). */
  official: boolean;
  /** When the year's list is another year's (a year added at run time), or the wording is another year's: says so. */
  note?: string;
}

function severityOf(o: OfficialRule): Severity | 'N/A' {
  return o.severity === 'Warning' ? 'warning' : o.severity === 'Error' ? 'error' : 'N/A';
}

/** For a 2020-21 rule: where its wording comes from (the 2020-21 service's own is not published). */
function wordingNote(o: OfficialRule): string | undefined {
  if (!o.wording) return undefined;
  if (o.wording === 'none') return "the 2020-21 service's message for this rule is not published";
  return `message and severity as in the 2025-26 rules list (the rule is ${o.wording.replace(/^2025-26 \((.*)\)$/, '$1').toLowerCase()} there)`;
}

/**
 * A rule by ID — an ID of any year (2020-21 "R107", 2025-26 "R_06"), case-insensitively — as it is in the given year
 * (default: the newest), implemented or only listed officially: for ILR.RULE, `ilr check` and the issues list.
 */
export function findRule(id: string, year: IlrYear = defaultYears.get()): RuleInfo | undefined {
  const want = id.trim();
  const { list, borrowed } = listForYear(year.code);
  const rule = ruleById(want, year);
  if (rule) {
    const o = ruleInList(list, rule.id);
    const borrowedNote = borrowed ? `${year.label} is checked with the rules of 20${list.year.slice(0, 2)}-${list.year.slice(2)}` : '';
    const note = [borrowedNote, o ? (wordingNote(o) ?? '') : ''].filter(Boolean).join('; ');
    return {
      id: rule.id,
      otherIds: rule.ids.filter((x) => x !== rule.id),
      year: year.code,
      severity: rule.severity,
      message: rule.message,
      description: rule.description,
      needs: rule.needs,
      implemented: true,
      official: o !== undefined,
      ...(note ? { note } : {}),
    };
  }
  // not implemented for the year: the year's list, else another list (and what the ID is called there)
  for (const l of [list, ...officialLists().filter((x) => x !== list)]) {
    const o = ruleInList(l, want);
    if (!o) continue;
    const inYear = l === list;
    const wording = wordingNote(o);
    const note = [inYear ? '' : `not a rule of ${year.label}: it is in the ${l.title.replace(/^ILR validation rules /, '')}`, wording ?? ''].filter(Boolean).join('; ');
    return {
      id: o.name,
      otherIds: o.name2526 && o.name2526 !== o.name ? [o.name2526] : [],
      year: inYear ? year.code : l.year,
      severity: severityOf(o),
      message: o.errorMessage,
      description: [o.detailedDescription || o.description, o.exclusions ? `Exclusions: ${o.exclusions}` : ''].filter(Boolean).join(' '),
      needs: o.needs,
      implemented: false,
      official: true,
      ...(note ? { note } : {}),
    };
  }
  return undefined;
}

export { ruleCatalogue, rulesFor };
