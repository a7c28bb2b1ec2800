import type { IlrMessage, IlrRecord, Location } from '../model/record';
import type { IlrYear } from '../years/year';

export type Severity = 'error' | 'warning' | 'advice';

/** What reference data a rule needs beyond the file and the specification's code lists. */
export type Needs = 'self' | 'lars' | 'postcode' | 'org' | 'uln' | 'contract' | 'employer' | 'other' | 'file';

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
  /** For LearningDelivery findings: the aim's sequence number. */
  aimSeqNumber?: string;
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
  /** Official rule ID (e.g. "OutType_01", "FD_ULN_AL") or, for advice, one of our own prefixed "ADV_". */
  id: string;
  severity: Severity;
  /** The official error message (for advice: our short message). */
  message: string;
  /** Plain-English description: the official Description/DetailedDescription, or for advice the explanation and its source. */
  description: string;
  /** The entity the rule is about, e.g. "Learner", "LearningDelivery", "DPOutcome". */
  entity: string;
  /** The fields the rule reads (element names). */
  fields: string[];
  needs: Needs;
  /** A group to switch rules on/off together, e.g. "FD", "ULN", "completion", "destination", "advice". */
  group: string;
  /** Which years the rule applies to; default: every year. */
  appliesTo?: (year: IlrYear) => boolean;
  /**
   * The severity in a given year, when it differs from `severity` (e.g. the Destination and Progression rules
   * still run for years whose ILR no longer has the entity, as advice, since those records are not returned).
   */
  severityFor?: (year: IlrYear) => Severity;
}

export interface RuleContext {
  readonly year: IlrYear;
  /** The date the date-relative checks are made on, YYYY-MM-DD. */
  readonly asOf: string;
  readonly settings: AdviceSettings;
  /** Values computed once and shared by rules (ULN check digit, earliest start, …), keyed by name. */
  derived<T>(key: string, compute: () => T): T;
  /** Reports a finding of the running rule; rule, severity and the default message are filled in. */
  report(f: Omit<Finding, 'rule' | 'severity' | 'message'> & { message?: string }): void;
}

/** A rule that looks at one learner (with all its aims, FAMs, employment records). */
export interface LearnerRule extends RuleMeta {
  scope: 'learner';
  check(learner: IlrRecord, ctx: RuleContext): void;
}

/** A rule that looks at one Learner Destination and Progression record (LearnRefNumber, ULN, DPOutcome*). */
export interface DestinationRule extends RuleMeta {
  scope: 'destination';
  check(ldp: IlrRecord, ctx: RuleContext): void;
}

/** A rule over the whole message (cross-learner, header, file-level). */
export interface MessageRule extends RuleMeta {
  scope: 'message';
  check(msg: IlrMessage, ctx: RuleContext): void;
}

export type Rule = LearnerRule | DestinationRule | MessageRule;

export interface CheckOptions {
  asOf: string;
  settings?: Partial<AdviceSettings>;
  /** Rule IDs or group names to switch off. */
  disabled?: string[];
}

export type RuleState = 'implemented' | 'needs-reference-data' | 'not-implemented';

export interface CheckResult {
  year: string;
  asOf: string;
  findings: Finding[];
  counts: Record<Severity, number>;
  /** Official rules that apply but were not run because they need reference data the product does not have. */
  notRun: { rule: string; needs: Needs }[];
}
