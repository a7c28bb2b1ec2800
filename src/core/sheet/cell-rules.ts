/**
 * The checks made while reading cells (coerce.ts, read-tables.ts): their IDs, switched off by `--disable` like any rule.
 * They are not in the rule set, so this is the one list of them; cell-rules.test.ts fails when a reader reports an ID
 * missing here.
 */
export const CELL_RULE_IDS: readonly string[] = [
  'Cell_AmbiguousParent',
  'Cell_Charset',
  'Cell_Damaged',
  'Cell_Date',
  'Cell_Duplicate',
  'Cell_DuplicateHeader',
  'Cell_Encoding',
  'Cell_FormulaError',
  'Cell_Number',
  'Cell_OrphanRow',
  'Cell_Text',
  'Cell_TooLong',
  'Cell_Tracking',
  'Cell_Uncalculated',
  'Cell_Whitespace',
  'Cell_Year',
];
