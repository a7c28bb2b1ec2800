/**
 * Limits on an XML input, so a hostile or broken file is refused quickly with a reason instead of
 * running for minutes or holding gigabytes. An ILR file nests about 6 levels deep, has about 100
 * elements a learner and no value longer than 100 characters; the limits are far above that.
 */
export interface ReadLimits {
  /** Deepest element nesting accepted (Message is level 1). */
  maxDepth: number;
  /** Most elements in one file (about 250,000 learners' worth). */
  maxElements: number;
  /** Longest text of one element (or attribute value, comment, name) in characters. */
  maxValueLength: number;
}

export const DEFAULT_READ_LIMITS: Readonly<ReadLimits> = Object.freeze({
  maxDepth: 32,
  maxElements: 25_000_000,
  maxValueLength: 100_000,
});
