import { messageFrom, type RecordSpec } from '../src/core/model/build';
import type { IlrMessage } from '../src/core/model/record';
import { dd01 } from '../src/core/rules/derived/uln-check-digit';
import { years } from '../src/core/years/registry';

/** The i-th made-up ULN with a valid check digit (no real learner's: ESFA issues ULNs from 1000000000 up, unchecked here). */
export function syntheticUln(i: number): string {
  for (let k = i * 11; ; k++) {
    const nine = String(100000000 + (k % 900000000));
    const d = dd01(`${nine}0`);
    if (/^\d$/.test(d)) return `${nine}${d}`;
  }
}

/**
 * A synthetic message of `n` learners with `aims` learning deliveries each (no real people), for benchmarks: 16-19
 * study programmes (FundModel 25) as a provider would return them, so the rules do their work and report next to
 * nothing — the cost measured is the rules', not the findings'. Each learner has its own valid ULN.
 */
export function syntheticMessage(n: number, aims = 2, yearCode = '2526'): IlrMessage {
  const learners: RecordSpec[] = [];
  for (let i = 0; i < n; i++) {
    const ref = `B${String(i).padStart(9, '0')}`;
    const deliveries: RecordSpec[] = [];
    for (let a = 1; a <= aims; a++) {
      const done = (i + a) % 3 === 0;
      deliveries.push({
        LearnAimRef: '60146394', AimType: a === 1 ? '5' : '4', AimSeqNumber: a, LearnStartDate: '2025-09-01', LearnPlanEndDate: '2026-06-30',
        FundModel: '25', DelLocPostCode: 'ZZ99 9ZZ', CompStatus: done ? 2 : 1,
        ...(done ? { LearnActEndDate: '2026-06-20', Outcome: 1 } : {}),
        LearningDeliveryFAM: [{ LearnDelFAMType: 'SOF', LearnDelFAMCode: '107' }],
      });
    }
    learners.push({
      LearnRefNumber: ref, ULN: syntheticUln(i), FamilyName: 'Benchmark', GivenNames: 'Learner', DateOfBirth: '2008-03-01',
      Ethnicity: 31, Sex: i % 2 ? 'F' : 'M', LLDDHealthProb: 2, PlanLearnHours: 540, PlanEEPHours: 0, MathGrade: 'C', EngGrade: 'C',
      PostcodePrior: 'ZZ99 9ZZ', Postcode: 'ZZ99 9ZZ', AddLine1: '1 Bench Street',
      LearnerFAM: [{ LearnFAMType: 'LSR', LearnFAMCode: 36 }],
      LearnerEmploymentStatus: [{ EmpStat: 12, DateEmpStatApp: '2025-08-01' }],
      LearningDelivery: deliveries,
    });
  }
  // prepared at the end of the year, after every end date in it
  return messageFrom(yearCode, { filePreparationDate: years.get(yearCode).end, Learner: learners });
}
