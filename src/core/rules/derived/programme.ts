import { date, deliveries, int, kids, text } from '../../model/access';
import type { IlrRecord } from '../../model/record';
import type { IlrYear } from '../../years/year';
import type { RuleContext } from '../types';
import { learnerDerived } from './define';

/**
 * Derived data about programmes (apprenticeships, devolved funding): DD04, DD07, DD13, DD18, DD32–DD36.
 * Per-aim predicates are plain functions; values that compare an aim with the learner's other programme aims are
 * indexed once per learner.
 */

/** The framework programme types (2, 3, 20–23): removed for 2025-26 (2025-26 Appendix B), apprenticeships until 2024-25. */
const FRAMEWORK_PROG_TYPES: readonly number[] = [2, 3, 20, 21, 22, 23];

/**
 * DD07, apprenticeship programme: ProgType 25 in 2025-26 (its DD07: "If ProgType = 25"); before 2025-26 also the
 * framework programme types 2, 3, 20–23 (the 2020-21 DD07 and ESFA's 2020-21 service).
 */
export function isApprenticeship(aim: IlrRecord, year: IlrYear | string): boolean {
  const p = int(aim, 'ProgType');
  if (p === undefined) return false;
  if (p === 25) return true;
  const code = typeof year === 'string' ? year : year.code;
  return Number(code.slice(0, 2)) < 25 && FRAMEWORK_PROG_TYPES.includes(p);
}

/** The devolved-authority source-of-funding codes of DD35 (SOF 110–120). */
export const DEVOLVED_SOF_CODES: readonly string[] = ['110', '111', '112', '113', '114', '115', '116', '117', '118', '119', '120'];

const DEVOLVED: ReadonlySet<number> = new Set(DEVOLVED_SOF_CODES.map(Number));

/** DD35, devolved authorities: the aim has a SOF of 110–120. */
export function isDevolved(aim: IlrRecord): boolean {
  for (const f of kids(aim, 'LearningDeliveryFAM')) {
    const type = text(f, 'LearnDelFAMType');
    if (type === undefined || (type !== 'SOF' && type.trim().toUpperCase() !== 'SOF')) continue;
    const code = text(f, 'LearnDelFAMCode')?.trim();
    if (code !== undefined && /^\d+$/.test(code) && DEVOLVED.has(Number(code))) return true;
  }
  return false;
}

const isProgrammeAim = (aim: IlrRecord): boolean => int(aim, 'AimType') === 1;

interface ProgrammeDates {
  /** DD04: earliest LearnStartDate of the programme aims, by ProgType. */
  startByProgType: Map<number, string>;
  /** DD18: earliest LearnStartDate of the ProgType 25 programme aims, by StdCode. */
  startByStandard: Map<string, string>;
  /** DD13: latest LearnActEndDate of the framework programme aims, by ProgType|FworkCode|PwayCode. */
  endByFramework: Map<string, string>;
}

const frameworkKey = (aim: IlrRecord): string => `${int(aim, 'ProgType') ?? ''}|${text(aim, 'FworkCode') ?? ''}|${text(aim, 'PwayCode') ?? ''}`;

/** The learner's programme aims' dates (DD04, DD13, DD18), indexed once per learner. */
export const PROGRAMME_DATES = learnerDerived('DD04, DD13, DD18', (learner): ProgrammeDates => {
  const startByProgType = new Map<number, string>();
  const startByStandard = new Map<string, string>();
  const endByFramework = new Map<string, string>();
  for (const a of deliveries(learner)) {
    if (!isProgrammeAim(a)) continue;
    const p = int(a, 'ProgType');
    if (p === undefined) continue;
    const start = date(a, 'LearnStartDate');
    if (start !== undefined) {
      const s = startByProgType.get(p);
      if (s === undefined || start < s) startByProgType.set(p, start);
      const std = text(a, 'StdCode');
      if (p === 25 && std !== undefined) {
        const k = std.trim();
        const t = startByStandard.get(k);
        if (t === undefined || start < t) startByStandard.set(k, start);
      }
    }
    const end = date(a, 'LearnActEndDate');
    if (end !== undefined && p !== 25) {
      const k = frameworkKey(a);
      const e = endByFramework.get(k);
      if (e === undefined || end > e) endByFramework.set(k, end);
    }
  }
  return { startByProgType, startByStandard, endByFramework };
});

/** DD04, programme start date: for an aim with a ProgType, the earliest start of the learner's programme aims (AimType 1) of that ProgType; undefined if none. */
export function programmeStartDate(learner: IlrRecord, aim: IlrRecord, ctx: RuleContext): string | undefined {
  const p = int(aim, 'ProgType');
  return p === undefined ? undefined : ctx.get(PROGRAMME_DATES, learner).startByProgType.get(p);
}

/** DD18, apprenticeship standard programme start date: for a ProgType 25 aim, the earliest start of the programme aims of the same StdCode. */
export function standardStartDate(learner: IlrRecord, aim: IlrRecord, ctx: RuleContext): string | undefined {
  if (int(aim, 'ProgType') !== 25) return undefined;
  const std = text(aim, 'StdCode');
  return std === undefined ? undefined : ctx.get(PROGRAMME_DATES, learner).startByStandard.get(std.trim());
}

/** DD13, latest actual end date of the apprenticeship framework programme (same ProgType, FworkCode, PwayCode). */
export function frameworkProgrammeEndDate(learner: IlrRecord, aim: IlrRecord, ctx: RuleContext): string | undefined {
  const p = int(aim, 'ProgType');
  if (p === undefined || p === 25) return undefined;
  return ctx.get(PROGRAMME_DATES, learner).endByFramework.get(frameworkKey(aim));
}

const isApprenticeshipFundedProgramme = (aim: IlrRecord): boolean => isProgrammeAim(aim) && int(aim, 'FundModel') === 36;

/** DD32, an open apprenticeship-funded programme: AimType 1, FundModel 36, no LearnActEndDate. */
export function isOpenApprenticeshipProgramme(aim: IlrRecord): boolean {
  return isApprenticeshipFundedProgramme(aim) && date(aim, 'LearnActEndDate') === undefined && text(aim, 'LearnActEndDate') === undefined;
}

/** DD33: the LearnStartDate of an open apprenticeship-funded programme aim (DD32), else undefined. */
export function openApprenticeshipStart(aim: IlrRecord): string | undefined {
  return isOpenApprenticeshipProgramme(aim) ? date(aim, 'LearnStartDate') : undefined;
}

/** DD34: the LearnActEndDate of an ended apprenticeship-funded programme aim (AimType 1, FundModel 36), else undefined. */
export function apprenticeshipProgrammeEnd(aim: IlrRecord): string | undefined {
  return isApprenticeshipFundedProgramme(aim) ? date(aim, 'LearnActEndDate') : undefined;
}

/** DD36's "otherwise" date. */
export const DD36_OPEN = '2099-12-31';

/**
 * DD36, combined authorities: for a programme aim (AimType 1), the date its learning is treated as ended —
 * ProgType 25: AchDate if known, else LearnActEndDate if known; ProgType 32: AchDate if known; another ProgType:
 * LearnActEndDate if known; otherwise 2099-12-31. Undefined for an aim that is not a programme aim.
 * (The official text gives no branch for ProgType 32 without an AchDate; it falls to "otherwise".)
 */
export function combinedAuthorityEnd(aim: IlrRecord): string | undefined {
  if (!isProgrammeAim(aim)) return undefined;
  const p = int(aim, 'ProgType');
  const ach = date(aim, 'AchDate');
  const act = date(aim, 'LearnActEndDate');
  if (p === 25) return ach ?? act ?? DD36_OPEN;
  if (p === 32) return ach ?? DD36_OPEN;
  return act ?? DD36_OPEN;
}
