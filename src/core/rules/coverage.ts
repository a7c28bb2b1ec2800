import type { IlrYear } from '../years/year';
import { ruleCatalogue } from './catalogue/catalogue';
import { disclosure } from './check';
import type { CheckResult } from './types';

/** How much of a year's official rules list a check covers: what the CLI, the pane and ILR.RULE say. */
export interface Coverage {
  /** The year the list is of (another year's when borrowed). */
  listYear: string;
  /** Official rules in the list (each ID once). */
  official: number;
  ran: number;
  needsReferenceData: number;
  notImplemented: number;
  /** Implemented rules of the list that the user switched off. */
  switchedOff: number;
  /** The year's rules are another year's (a year added at run time): said with the counts. */
  note?: string;
}

export function coverageOf(year: IlrYear, result: Pick<CheckResult, 'ran' | 'notRun' | 'notImplemented' | 'rulesNote'>): Coverage {
  const cat = ruleCatalogue(year);
  const official = new Set(cat.rules.map((r) => r.rule)).size;
  const needsReferenceData = result.notRun.length;
  const notImplemented = result.notImplemented.length;
  return {
    listYear: cat.list.year,
    official,
    ran: result.ran,
    needsReferenceData,
    notImplemented,
    switchedOff: official - result.ran - needsReferenceData - notImplemented,
    ...(result.rulesNote ? { note: result.rulesNote } : {}),
  };
}

/** The coverage of a check of the year with nothing switched off (for ILR.RULE). */
export function yearCoverage(year: IlrYear): Coverage {
  return coverageOf(year, disclosure(year, []));
}

function label(code: string): string {
  return `20${code.slice(0, 2)}-${code.slice(2)}`;
}

/**
 * One sentence: "Of the 839 official 2025-26 rules, 268 were run; 192 need reference data ILR Workbench does not have,
 * 379 are not implemented yet: those 571 were not run, and are not passed." (Rules are counted once each: the
 * 2025-26 list has 840 rows because it names FD_FINAMOUNT_MA twice.)
 */
export function describeCoverage(c: Coverage): string {
  const notRun = c.needsReferenceData + c.notImplemented + c.switchedOff;
  const one = (n: number, singular: string, plural: string): string => `${n} ${n === 1 ? singular : plural}`;
  const parts = [
    one(c.needsReferenceData, 'needs reference data ILR Workbench does not have', 'need reference data ILR Workbench does not have'),
    one(c.notImplemented, 'is not implemented yet', 'are not implemented yet'),
  ];
  if (c.switchedOff) parts.push(one(c.switchedOff, 'was switched off', 'were switched off'));
  return `Of the ${c.official} official ${label(c.listYear)} rules, ${one(c.ran, 'was run', 'were run')}; ${parts.join(', ')}: ${notRun === 1 ? 'that one was not run, and is not passed' : `those ${notRun} were not run, and are not passed`}.`;
}

/** The incomplete code lists in words: "SOF (19 codes known), LearnFAMType:EMH (no codes known), …". */
export function describeIncompleteLists(lists: readonly { key: string; known: number }[]): string {
  return lists.map((l) => `${l.key} (${l.known === 0 ? 'no codes known' : `${l.known} code${l.known === 1 ? '' : 's'} known`})`).join(', ');
}
