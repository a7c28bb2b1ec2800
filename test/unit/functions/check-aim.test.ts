import { checkAim } from '../../../src/functions/impl/check-aim';
import { isoToSerial } from '../../../src/core/cells/excel-date';
import { date, deliveries, text } from '../../../src/core/model/access';
import type { LearnerRule, RuleDefinition } from '../../../src/core/rules/types';

const col = (...values: unknown[]) => values.map((v) => [v]);

/** A rule of the kind the delivery engineer writes: withdrawn aims need a withdrawal reason. */
const needsReason: LearnerRule = {
  id: 'TEST_WithdrawReason',
  severity: 'error',
  message: 'The Withdrawal reason must be returned for this Completion status',
  description: 'test rule',
  entity: 'LearningDelivery',
  fields: ['CompStatus', 'WithdrawReason'],
  needs: 'self',
  group: 'completion',
  scope: 'learner',
  check(learner, ctx) {
    for (const aim of deliveries(learner)) {
      if (text(aim, 'CompStatus') === '3' && text(aim, 'WithdrawReason') === undefined) {
        ctx.report(aim, 'CompStatus');
      }
    }
  },
};

/** Advice that compares a date with the as-of date. */
const lateEnd: LearnerRule = {
  id: 'ADV_TestPlannedEndPassed',
  severity: 'advice',
  message: 'The planned end date has passed and the aim is still continuing',
  description: 'test advice',
  entity: 'LearningDelivery',
  fields: ['CompStatus', 'LearnPlanEndDate'],
  needs: 'self',
  group: 'advice',
  scope: 'learner',
  check(learner, ctx) {
    for (const aim of deliveries(learner)) {
      const plan = date(aim, 'LearnPlanEndDate');
      if (text(aim, 'CompStatus') === '1' && plan !== undefined && plan < ctx.asOf) {
        ctx.report(aim, 'LearnPlanEndDate');
      }
    }
  },
};

/** Needs FundModel, which CHECKAIM never has: must never be reported. */
const needsFundModel: LearnerRule = {
  ...needsReason,
  id: 'TEST_NeedsFundModel',
  fields: ['CompStatus', 'FundModel'],
  check(learner, ctx) {
    ctx.report(deliveries(learner)[0] ?? learner);
  },
};

/** A cross-record rule: not for cells. */
const duplicates: LearnerRule = { ...needsFundModel, id: 'TEST_Duplicates', fields: ['CompStatus'], group: 'duplicates' };

const POOL: RuleDefinition[] = [needsReason, lateEnd, needsFundModel, duplicates];

describe('ILR.CHECKAIM', () => {
  const args = {
    compStatus: col(2, '3', 3, 1, ''),
    learnActEndDate: col(isoToSerial('2025-09-30'), '30/09/2025', '2025-09-30', '', null),
    outcome: col(1, 3, '3', '', ''),
    withdrawReason: col('', '', 98, '', ''),
    learnPlanEndDate: col('2026-07-31', '2026-07-31', '2026-07-31', isoToSerial('2025-08-31'), ''),
    asOf: [['2025-10-15']],
    year: [['2526']],
  };

  it('answers row by row: OK, the rule that fires, advice, and "" for a blank row', () => {
    expect(checkAim(args, POOL)).toEqual([
      ['OK'],
      ['TEST_WithdrawReason: The Withdrawal reason must be returned for this Completion status'],
      ['OK'],
      ['ADV_TestPlannedEndPassed: The planned end date has passed and the aim is still continuing'],
      [''],
    ]);
  });

  it('never reports rules that need fields it was not given, nor cross-record rules', () => {
    const out = checkAim(args, POOL).flat().join(' ');
    expect(out).not.toMatch(/TEST_NeedsFundModel|TEST_Duplicates/);
  });

  it('does not run a rule when one of its fields was left out', () => {
    const out = checkAim({ ...args, withdrawReason: null }, POOL);
    expect(out[1]).toEqual(['OK']);
  });

  it('puts errors before advice, and gives IDs only with "ids"', () => {
    const both: LearnerRule = { ...lateEnd, id: 'ADV_Always', check: (l, ctx) => ctx.report(deliveries(l)[0]!, 'CompStatus') };
    const out = checkAim({ ...args, output: [['ids']] }, [both, needsReason]);
    expect(out[1]).toEqual(['TEST_WithdrawReason, ADV_Always']);
  });

  it('runs the field-definition checks of the supplied fields (the real rule set)', () => {
    const out = checkAim({
      compStatus: col(12, 2),
      learnActEndDate: col('2025-09-30', '2025-09-30'),
      outcome: col(1, 1),
      withdrawReason: col('', ''),
      learnPlanEndDate: col('2026-07-31', '2026-07-31'),
      year: [['2526']],
      asOf: [['2025-10-15']],
      output: [['ids']],
    });
    expect(String(out[0]![0])).toMatch(/FD_CompStatus_AL/);
    expect(out[1]![0]).not.toMatch(/FD_/);
  });

  it('treats a single value as applying to every row', () => {
    const out = checkAim({ ...args, compStatus: col(3, 3), learnActEndDate: [['2025-09-30']], outcome: [[3]], withdrawReason: col(98, ''), learnPlanEndDate: [['2026-07-31']] }, POOL);
    expect(out).toEqual([['OK'], ['TEST_WithdrawReason: The Withdrawal reason must be returned for this Completion status']]);
  });

  it('reads a number stored as text and a date typed as text the same as the real thing', () => {
    const a = checkAim({ ...args, compStatus: col('3'), learnActEndDate: col('30/09/2025'), outcome: col('3'), withdrawReason: col(''), learnPlanEndDate: col('31/07/2026') }, POOL);
    const b = checkAim({ ...args, compStatus: col(3), learnActEndDate: col(isoToSerial('2025-09-30')), outcome: col(3), withdrawReason: col(null), learnPlanEndDate: col(isoToSerial('2026-07-31')) }, POOL);
    expect(a).toEqual(b);
  });
});

describe('ILR.CHECKAIM with the product rules', () => {
  it('runs the aim advice that reads only the supplied fields (continuing past the planned end; outcome not known for long)', () => {
    const out = checkAim({
      compStatus: col(1, 2, 2, 1),
      learnActEndDate: col('', '31/03/2025', '30/09/2025', ''),
      outcome: col('', 8, 1, ''),
      withdrawReason: col('', '', '', ''),
      learnPlanEndDate: col('31/08/2025', '31/03/2025', '31/07/2026', '31/07/2026'),
      asOf: [['2025-10-15']],
      year: [['2526']],
      output: [['ids']],
    });
    expect(out[0]).toEqual(['ADV_ContinuingPastPlannedEnd']);
    expect(out[1]).toEqual(['ADV_OutcomeNotKnownLong']);
    expect(out[2]).toEqual(['OK']);
    expect(out[3]).toEqual(['OK']);
  });
});
