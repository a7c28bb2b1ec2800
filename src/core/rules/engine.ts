import { kids, loc, text } from '../model/access';
import type { IlrMessage, IlrRecord } from '../model/record';
import { DESTINATION_ENTITY } from '../years/registry';
import type { Derived, LearnerDerived, MessageDerived } from './derived/define';
import { MAX_RELATED } from './related';
import {
  DEFAULT_ADVICE_SETTINGS,
  type CheckOptions,
  type CheckResult,
  type Finding,
  type RelatedValue,
  type ReportDetails,
  type RuleContext,
  type Severity,
  type YearRule,
} from './types';

/** The finding that says a rule failed to run (see runRules). */
export const RULE_FAILED = 'ENGINE_RuleFailed';

const SEVERITY_ORDER: Record<Severity, number> = { error: 0, warning: 1, advice: 2 };

/** Whether a rule is switched on: none of its IDs (of any year) nor its group is in `disabled`. */
export function isEnabled(rule: YearRule, disabled: ReadonlySet<string>): boolean {
  if (disabled.size === 0) return true;
  return !disabled.has(rule.group) && !rule.ids.some((id) => disabled.has(id));
}

/** The learner a record belongs to, as the finding names it: its LearnRefNumber. */
function learnRefOf(rec: IlrRecord | undefined): string | undefined {
  return rec ? text(rec, 'LearnRefNumber') : undefined;
}

function aimSeqOf(record: IlrRecord, aim: IlrRecord | undefined): string | undefined {
  const a = aim ?? (record.name === 'LearningDelivery' ? record : undefined);
  return a ? text(a, 'AimSeqNumber') : undefined;
}

/** How many learners are checked together, rule by rule (see RuleRun.addLearners). */
const LEARNER_CHUNK = 64;

/**
 * A check in progress: learners (and Learner Destination and Progression records) are given as they become complete,
 * and their learner-scoped rules run at once; `finish` runs the message-level rules over the whole message and returns
 * every finding. What the task pane uses to check blocks of rows as they arrive; runRules is start, add all, finish.
 */
export interface RuleRun {
  /** Runs the learner rules on these learners (complete: with all their aims, FAMs, employment records). */
  addLearners(learners: readonly IlrRecord[]): void;
  /** Runs the destination rules on these Learner Destination and Progression records. */
  addDestinations(ldps: readonly IlrRecord[]): void;
  /** How many findings so far. */
  readonly count: number;
  /** Runs the message-level (cross-learner) rules on the message and returns every finding, in the order made. */
  finish(): Finding[];
}

type ScopedRule<S extends YearRule['scope']> = Extract<YearRule, { scope: S }>;

/**
 * Starts a check of a message with rules (resolved for the message's year): learner rules learner by learner as they
 * are added, then destination rules, then at `finish` message-level (cross-learner) rules. Derived values are computed
 * once and shared (see derived/define.ts); every finding is made by the one reporting helper, ctx.report.
 */
export function startRules(msg: IlrMessage, rules: readonly YearRule[], opts: CheckOptions): RuleRun {
  const disabled = new Set(opts.disabled ?? []);
  const active = rules.filter((r) => isEnabled(r, disabled));
  const settings = { ...DEFAULT_ADVICE_SETTINGS, ...opts.settings };
  const findings: Finding[] = [];
  let current: YearRule | undefined;
  let currentLearner: IlrRecord | undefined;

  // message-scoped values live for the run; learner-scoped ones while the learner is being checked (then dropped, so
  // memory does not grow with the file), and in a weak map for message rules that ask about any learner
  const messageValues = new Map<MessageDerived<unknown>, unknown>();
  // the values of the learners of the chunk being checked (see runChunked), by their index in it
  const chunkValues: (Map<LearnerDerived<unknown>, unknown> | undefined)[] = [];
  let currentIndex = 0;
  const otherLearnerValues = new Map<LearnerDerived<unknown>, WeakMap<IlrRecord, { v: unknown }>>();

  const ctx: RuleContext = {
    year: msg.year,
    message: msg,
    asOf: opts.asOf,
    settings,
    get<T>(d: Derived<T>, learner?: IlrRecord): T {
      if (d.scope === 'message') {
        if (messageValues.has(d)) return messageValues.get(d) as T;
        const v = d.compute(msg, ctx);
        messageValues.set(d, v);
        return v;
      }
      if (!learner) throw new Error(`derived value ${d.name} is about a learner: give the learner`);
      if (learner === currentLearner) {
        // the learner's values are made on the first ask (most rules ask for none)
        let values = chunkValues[currentIndex];
        if (!values) chunkValues[currentIndex] = values = new Map();
        const hit = values.get(d);
        if (hit !== undefined || values.has(d)) return hit as T;
        const v = d.compute(learner, ctx);
        values.set(d, v);
        return v;
      }
      let byLearner = otherLearnerValues.get(d);
      if (!byLearner) otherLearnerValues.set(d, (byLearner = new WeakMap()));
      const hit = byLearner.get(learner);
      if (hit) return hit.v as T;
      const v = d.compute(learner, ctx);
      byLearner.set(learner, { v });
      return v;
    },
    report(record: IlrRecord, field?: string, details?: ReportDetails) {
      findings.push(findingOf(current!, currentLearner, record, field, details));
    },
  };

  // A rule that throws (a bug, or data no one foresaw) must not stop the check: it is reported once as
  // ENGINE_RuleFailed and skipped for the rest of the run, and every other rule still runs.
  const failed = new Set<YearRule>();
  const fail = (r: YearRule, e: unknown) => {
    failed.add(r);
    const f: Finding = {
      rule: RULE_FAILED,
      severity: 'warning',
      message: `ILR Workbench could not run rule ${r.id} (internal error: ${(e as Error)?.message ?? String(e)}); its checks are missing from this result`,
      entity: r.entity,
    };
    const ref = learnRefOf(currentLearner);
    if (ref !== undefined) f.learnRefNumber = ref;
    findings.push(f);
  };
  const byScope = <S extends YearRule['scope']>(s: S) => active.filter((r): r is ScopedRule<S> => r.scope === s);
  const learnerRules = byScope('learner');
  const destinationRules = byScope('destination');
  const messageRules = byScope('message');

  // Records are checked in chunks, rule by rule within a chunk: each rule runs over a few dozen records in a tight
  // loop (its code and the data stay hot), and each record's derived values are kept while its chunk is checked.
  // A rule's findings come in record order, as they would learner by learner (the order sortFindings keeps).
  const runChunked = (records: readonly IlrRecord[], list: readonly (ScopedRule<'learner'> | ScopedRule<'destination'>)[]) => {
    if (list.length === 0) return;
    for (let start = 0; start < records.length; start += LEARNER_CHUNK) {
      const end = Math.min(records.length, start + LEARNER_CHUNK);
      chunkValues.length = 0;
      for (const r of list) {
        if (failed.size && failed.has(r)) continue;
        current = r;
        const check = r.check;
        let i = start;
        try {
          for (; i < end; i++) {
            currentLearner = records[i];
            currentIndex = i - start;
            check(records[i]!, ctx);
          }
        } catch (e) {
          fail(r, e);
        }
      }
    }
    chunkValues.length = 0;
    currentLearner = undefined;
  };

  return {
    addLearners: (learners) => runChunked(learners, learnerRules),
    addDestinations: (ldps) => runChunked(ldps, destinationRules),
    get count() {
      return findings.length;
    },
    finish() {
      currentLearner = undefined;
      for (const r of messageRules) {
        if (failed.size && failed.has(r)) continue;
        current = r;
        try {
          r.check(msg, ctx);
        } catch (e) {
          fail(r, e);
        }
      }
      return findings;
    },
  };
}

/**
 * Runs rules (resolved for the message's year) over a message: learner rules learner by learner, then destination
 * rules, then message-level (cross-learner) rules. See startRules.
 */
export function runRules(msg: IlrMessage, rules: readonly YearRule[], opts: CheckOptions): Finding[] {
  const run = startRules(msg, rules, opts);
  run.addLearners(kids(msg.root, 'Learner'));
  run.addDestinations(kids(msg.root, DESTINATION_ENTITY));
  return run.finish();
}

const NO_DETAILS: ReportDetails = {};

/** A finding of a rule at a record's field (ctx.report). */
function findingOf(rule: YearRule, currentLearner: IlrRecord | undefined, record: IlrRecord, field: string | undefined, details: ReportDetails = NO_DETAILS): Finding {
  const value = details.value ?? (field !== undefined ? record.fields[field]?.text : undefined);
  const where = field !== undefined ? loc(record, field) : record.loc;
  const learnRefNumber = learnRefOf(details.learner) ?? learnRefOf(currentLearner) ?? learnRefOf(record.name === 'Learner' || record.name === DESTINATION_ENTITY ? record : undefined);
  const aimSeqNumber = aimSeqOf(record, details.aim);
  const base = details.message ?? rule.message;
  // a finding names at most MAX_RELATED other records (a ULN shared by thousands of learners must not make a list
  // of thousands on each of them); how many more there are is said in the message
  const allRelated = details.related ?? [];
  const total = Math.max(details.relatedTotal ?? allRelated.length, allRelated.length);
  const shown = allRelated.length > MAX_RELATED ? allRelated.slice(0, MAX_RELATED) : allRelated;
  const more = total - shown.length;
  let message = base;
  if (details.note !== undefined || more > 0) {
    const notes = [details.note, more > 0 ? `and ${more.toLocaleString('en-GB')} more record${more === 1 ? '' : 's'} like the ${shown.length} named` : undefined].filter(Boolean);
    if (notes.length) message = `${base} (${notes.join('; ')})`;
  }
  const f: Finding = {
    rule: rule.id,
    severity: rule.severity,
    message: rule.findingNote ? `${message} (${rule.findingNote})` : message,
    entity: details.entity ?? record.name,
  };
  if (learnRefNumber !== undefined) f.learnRefNumber = learnRefNumber;
  if (field !== undefined) f.field = field;
  if (value !== undefined) f.value = value;
  if (where) f.location = where;
  if (aimSeqNumber !== undefined) f.aimSeqNumber = aimSeqNumber;
  if (shown.length) {
    f.related = shown.map((r): RelatedValue => {
      const out: RelatedValue = { entity: r.record.name };
      if (r.field !== undefined) out.field = r.field;
      const v = r.field !== undefined ? r.record.fields[r.field]?.text : undefined;
      if (v !== undefined) out.value = v;
      const l = r.field !== undefined ? loc(r.record, r.field) : r.record.loc;
      if (l) out.location = l;
      const ref = learnRefOf(r.learner) ?? learnRefOf(r.record.name === 'Learner' || r.record.name === DESTINATION_ENTITY ? r.record : undefined) ?? learnRefOf(currentLearner);
      if (ref !== undefined) out.learnRefNumber = ref;
      const seq = aimSeqOf(r.record, r.aim);
      if (seq !== undefined) out.aimSeqNumber = seq;
      return out;
    });
  }
  return f;
}

export function countFindings(findings: readonly Finding[]): Record<Severity, number> {
  const counts: Record<Severity, number> = { error: 0, warning: 0, advice: 0 };
  for (const f of findings) counts[f.severity]++;
  return counts;
}

/**
 * Ranks of strings in localeCompare order: equal ranks for strings localeCompare calls equal. Each distinct string is
 * compared only while sorting the distinct strings (a million findings name a few hundred rules and learners), with
 * one Intl.Collator of the default locale — what localeCompare without arguments uses for every call.
 */
function localeRanks(values: Iterable<string>, compare: (a: string, b: string) => number): Map<string, number> {
  const distinct = [...new Set(values)].sort(compare);
  const ranks = new Map<string, number>();
  let rank = 0;
  for (let i = 0; i < distinct.length; i++) {
    if (i > 0 && compare(distinct[i - 1]!, distinct[i]!) !== 0) rank++;
    ranks.set(distinct[i]!, rank);
  }
  return ranks;
}

/**
 * Errors first, then warnings, then advice; within a severity by rule, then learner (each in localeCompare order), in a
 * stable way. Sorted on numbers: each finding's rule and learner are ranked once.
 */
export function sortFindings(findings: Finding[]): Finding[] {
  const n = findings.length;
  if (n < 2) return findings;
  const compare = new Intl.Collator().compare;
  const rules = localeRanks(
    findings.map((f) => f.rule),
    compare,
  );
  const refs = localeRanks(
    findings.map((f) => f.learnRefNumber ?? ''),
    compare,
  );
  const ruleCount = rules.size + 1;
  const refCount = refs.size + 1;
  const keyOf = (f: Finding) => (SEVERITY_ORDER[f.severity] * ruleCount + rules.get(f.rule)!) * refCount + refs.get(f.learnRefNumber ?? '')!;
  let sorted: Finding[];
  if (3 * ruleCount * refCount * n < Number.MAX_SAFE_INTEGER) {
    // one number per finding, key then index (ties keep their order), sorted natively without a comparator
    const packed = new Float64Array(n);
    for (let i = 0; i < n; i++) packed[i] = keyOf(findings[i]!) * n + i;
    packed.sort();
    sorted = Array.from(packed, (p) => findings[p % n]!);
  } else {
    const keys = findings.map(keyOf);
    const order = Array.from(findings.keys()).sort((a, b) => keys[a]! - keys[b]! || a - b);
    sorted = order.map((i) => findings[i]!);
  }
  for (let i = 0; i < n; i++) findings[i] = sorted[i]!;
  return findings;
}

export type CheckResultParts = Omit<CheckResult, 'findings' | 'counts' | 'year' | 'asOf'>;

export function resultOf(msg: IlrMessage, findings: Finding[], opts: CheckOptions, parts: CheckResultParts): CheckResult {
  return { year: msg.year.code, asOf: opts.asOf, findings, counts: countFindings(findings), ...parts };
}
