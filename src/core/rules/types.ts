import type { IlrMessage, IlrRecord, Location } from '../model/record';
import type { IlrYear } from '../years/year';
import type { LearnerDerived, MessageDerived } from './derived/define';
import type { YearSpan } from './year-span';

export type Severity = 'error' | 'warning' | 'advice';

/** What reference data a rule needs beyond the file and the specification's code lists. */
export type Needs = 'self' | 'lars' | 'postcode' | 'org' | 'uln' | 'contract' | 'employer' | 'other' | 'file';

/** Another value a cross-record finding is about (the duplicate learner, the other outcome on the same date, …). */
export interface RelatedValue {
  entity: string;
  field?: string;
  value?: string;
  location?: Location;
  learnRefNumber?: string;
  aimSeqNumber?: string;
}

/** One problem found: what the CLI prints, the task pane lists and highlights, and the cell functions return. */
export interface Finding {
  rule: string;
  severity: Severity;
  message: string;
  learnRefNumber?: string;
  /** The ILR entity (element name) the value belongs to, e.g. "LearningDelivery", "DPOutcome". */
  entity: string;
  field?: string;
  /** The offending value as held in the model (never logged; shown only to the user). */
  value?: string;
  /** The cell (workbook) or line (XML file) of the value, else of the record. */
  location?: Location;
  /** For LearningDelivery findings (and records of an aim): the aim's sequence number. */
  aimSeqNumber?: string;
  /** For a finding about several records: the others, so every cell involved can be marked. */
  related?: RelatedValue[];
}

/** Settings of the advice rules; every threshold is configurable. */
export interface AdviceSettings {
  /** A break in learning (CompStatus 6) longer than this many months with no restart is flagged. Default 6. */
  breakInLearningMonths: number;
  /** Outcome 8 (not yet known) more than this many months after the actual end date is flagged. Default 3. */
  outcomeUnknownMonths: number;
  /** Share of withdrawals coded "other" (97) or "not known" (98) above this percentage is flagged. Default 10. */
  withdrawOtherPercent: number;
  /** A destination is due this many months after all learning ended. Default 2. */
  destinationDueMonths: number;
}

export const DEFAULT_ADVICE_SETTINGS: AdviceSettings = {
  breakInLearningMonths: 6,
  outcomeUnknownMonths: 3,
  withdrawOtherPercent: 10,
  destinationDueMonths: 2,
};

export interface RuleMeta {
  /**
   * The rule's ID: its official ID in the newest year that has it (e.g. "OutType_01", "R_06", "R107" — Destination and
   * Progression rules were last official in 2020-21) or, for checks of our own, "ADV_…" / "FD_…". Another year's ID
   * (2020-21 wrote "R06") comes from that year's official list, or from a variant.
   */
  id: string;
  severity: Severity;
  /** The official error message (for advice: our short message). */
  message: string;
  /** Plain-English description: the official Description/DetailedDescription, or for advice the explanation and its source. */
  description: string;
  /** The entity the rule is about, e.g. "Learner", "LearningDelivery", "DPOutcome". */
  entity: string;
  /**
   * The fields the rule reads (element names, header fields apart). The cell functions choose rules by them, and a
   * test checks that a rule reads no field it does not declare and declares none it never names.
   */
  fields: string[];
  /**
   * Fields read only to word the message (an aim's LearnAimRef in "aim 2 (60012345)"): the verdict does not depend on
   * them, so a cell function that lacks them still runs the rule.
   */
  mentions?: string[];
  needs: Needs;
  /** A group to switch rules on/off together, e.g. "FD", "ULN", "completion", "destination", "advice". */
  group: string;
  /** The collection years the rule exists in (by year code); default: every year. Checked against each year's official list. */
  years?: YearSpan;
  /**
   * A further condition on the year, for what the year's XSD or code lists decide (the year has the Destination and
   * Progression entity; the product has the year's own code list). Default: always.
   */
  appliesTo?: (year: IlrYear) => boolean;
  /**
   * The severity in a given year, when it follows from the year rather than from a variant (the Destination and
   * Progression rules still run for years whose ILR no longer has the entity, as advice, since those records are not
   * returned).
   */
  severityFor?: (year: IlrYear) => Severity;
  /**
   * A note the year adds to every finding's message (the Destination and Progression checks say, for years whose ILR
   * no longer has the entity, that the record stays in the workbook).
   */
  findingNoteFor?: (year: IlrYear) => string | undefined;
}

/** Where the reporting helper takes a finding's details from, when the record and field alone do not say. */
export interface ReportDetails {
  /** The message, when it is not the rule's own (e.g. with the offending code appended). */
  message?: string;
  /** Added in brackets to the message (the rule's own, or `message`): e.g. that a code list is incomplete. */
  note?: string;
  /** The value to show, when it is not the field's text (e.g. a derived date). */
  value?: string;
  /** The learner, for a finding reported from a message rule (learner rules know theirs). */
  learner?: IlrRecord;
  /** The aim a FAM, financial record or other aim child belongs to (an aim itself needs no telling). */
  aim?: IlrRecord;
  /** The entity, when it is not the record's (a missing child is reported on its parent). */
  entity?: string;
  /** The other records and fields a cross-record finding is about (at most MAX_RELATED are kept: see othersOf). */
  related?: readonly { record: IlrRecord; field?: string; learner?: IlrRecord; aim?: IlrRecord }[];
  /** How many other records there are in all, when `related` holds only the first of them (othersOf). */
  relatedTotal?: number;
}

export interface RuleContext {
  readonly year: IlrYear;
  /** The message being checked. */
  readonly message: IlrMessage;
  /** The date the date-relative checks are made on, YYYY-MM-DD. */
  readonly asOf: string;
  readonly settings: AdviceSettings;
  /** A derived value of the message (computed once per run, whichever rule asks first). */
  get<T>(derived: MessageDerived<T>): T;
  /** A derived value of a learner (computed once per learner, whichever rule asks first). */
  get<T>(derived: LearnerDerived<T>, learner: IlrRecord): T;
  /**
   * Reports a finding of the running rule at a record's field: the rule ID, severity and message of the year; the
   * field's value and its cell or line (the record's, when the field is absent); the learner and the aim.
   */
  report(record: IlrRecord, field?: string, details?: ReportDetails): void;
}

/** A rule that looks at one learner (with all its aims, FAMs, employment records). */
export interface LearnerRule extends RuleMeta {
  scope: 'learner';
  variants?: readonly RuleVariant<IlrRecord>[];
  check(learner: IlrRecord, ctx: RuleContext): void;
}

/** A rule that looks at one Learner Destination and Progression record (LearnRefNumber, ULN, DPOutcome*). */
export interface DestinationRule extends RuleMeta {
  scope: 'destination';
  variants?: readonly RuleVariant<IlrRecord>[];
  check(ldp: IlrRecord, ctx: RuleContext): void;
}

/** A rule over the whole message (cross-learner, header, file-level). */
export interface MessageRule extends RuleMeta {
  scope: 'message';
  variants?: readonly RuleVariant<IlrMessage>[];
  check(msg: IlrMessage, ctx: RuleContext): void;
}

/** A rule as its file defines it: for every year it exists in, with what differs by year in `variants`. */
export type RuleDefinition = LearnerRule | DestinationRule | MessageRule;

/**
 * What a rule is in some years where it differs from its definition: its official ID in those years, severity,
 * message, description, fields or condition. The first variant whose years include the year applies. `why` says what
 * changed between the years and where that is written (it is added to the description).
 */
export interface RuleVariant<Subject> {
  years: YearSpan;
  id?: string;
  severity?: Severity;
  message?: string;
  description?: string;
  fields?: string[];
  check?: (subject: Subject, ctx: RuleContext) => void;
  why: string;
}

/** What every resolved rule carries: its metadata for the year, and where it comes from. */
interface YearRuleBase extends Omit<RuleMeta, 'years' | 'appliesTo' | 'severityFor' | 'findingNoteFor'> {
  /** Added, in brackets, to every finding's message in this year (see RuleMeta.findingNoteFor). */
  findingNote?: string;
  /** The year the rule was resolved for. */
  yearCode: string;
  /** The definition's ID (the newest official one), whatever the year's ID is. */
  key: string;
  /** Every ID the rule has had: the year's own first, then the others (for findRule, --disable and ILR.RULE). */
  ids: readonly string[];
  /** The definition it comes from. */
  definition: RuleDefinition;
}

/** A rule as it is in one collection year: resolved from its definition (see resolve.ts). The engine runs these. */
export type YearRule =
  | (YearRuleBase & { scope: 'learner'; check(learner: IlrRecord, ctx: RuleContext): void })
  | (YearRuleBase & { scope: 'destination'; check(ldp: IlrRecord, ctx: RuleContext): void })
  | (YearRuleBase & { scope: 'message'; check(msg: IlrMessage, ctx: RuleContext): void });

export interface CheckOptions {
  asOf: string;
  settings?: Partial<AdviceSettings>;
  /** Rule IDs (of any year) or group names to switch off. */
  disabled?: string[];
}

export type RuleState = 'implemented' | 'needs-reference-data' | 'not-implemented';

export interface CheckResult {
  year: string;
  asOf: string;
  findings: Finding[];
  counts: Record<Severity, number>;
  /** How many of the year's official rules ran (implemented and not switched off). */
  ran: number;
  /** Official rules that apply but were not run because they need reference data the product does not have. */
  notRun: { rule: string; needs: Needs }[];
  /** Official rules of the year that need nothing beyond the file but are not implemented yet: not run, never passed. */
  notImplemented: { rule: string; category: string }[];
  /** Said with the result: e.g. that the year's rules are borrowed from another year. */
  rulesNote?: string;
  /**
   * The year's code lists known to be incomplete: the code-list rules report a code missing from them only when it
   * cannot be valid, so other codes are not checked (and not passed). `known` 0: no code of the list is known.
   */
  incompleteCodeLists: { key: string; known: number }[];
}
