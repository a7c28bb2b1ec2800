import { messageFrom, type RecordSpec } from '../src/core/model/build';
import type { IlrMessage } from '../src/core/model/record';
import { years } from '../src/core/years/registry';

/** A synthetic message of `n` learners with `aims` learning deliveries each (no real people), for benchmarks. */
export function syntheticMessage(n: number, aims = 2, yearCode = '2526'): IlrMessage {
  const learners: RecordSpec[] = [];
  for (let i = 0; i < n; i++) {
    const ref = `B${String(i).padStart(9, '0')}`;
    const deliveries: RecordSpec[] = [];
    for (let a = 1; a <= aims; a++) {
      const done = (i + a) % 3 === 0;
      deliveries.push({
        LearnAimRef: 'ZPROG001', AimType: '4', AimSeqNumber: a, LearnStartDate: '2025-09-01', LearnPlanEndDate: '2026-06-30',
        FundModel: '25', DelLocPostCode: 'ZZ99 9ZZ', CompStatus: done ? 2 : 1,
        ...(done ? { LearnActEndDate: '2026-06-20', Outcome: 1 } : {}),
        LearningDeliveryFAM: [{ LearnDelFAMType: 'SOF', LearnDelFAMCode: '107' }],
      });
    }
    learners.push({
      LearnRefNumber: ref, ULN: '1061484016', FamilyName: 'Benchmark', GivenNames: 'Learner', DateOfBirth: '2008-03-01',
      Ethnicity: 31, Sex: i % 2 ? 'F' : 'M', LLDDHealthProb: 2, PostcodePrior: 'ZZ99 9ZZ', Postcode: 'ZZ99 9ZZ',
      LearnerFAM: [{ LearnFAMType: 'LSR', LearnFAMCode: 36 }],
      LearningDelivery: deliveries,
    });
  }
  // prepared at the end of the year, after every end date in it
  return messageFrom(yearCode, { filePreparationDate: years.get(yearCode).end, Learner: learners });
}
