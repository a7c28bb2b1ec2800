import { messageFrom, type RecordSpec } from '../src/core/model/build';
import type { IlrMessage } from '../src/core/model/record';
import { adviceRules } from '../src/core/rules/advice';
import { destinationRules } from '../src/core/rules/destination';
import { runChecks } from '../src/core/rules/check';
import { resolveAll } from '../src/core/rules/resolve';
import { line, mb, timeIt } from './timing';

/**
 * A synthetic 2020-21 message of `n` learners (no real people), each with two aims (a third of them closed), and a
 * destination record with two outcomes for every other learner, so the cross-record destination rules have work to do.
 */
export function destinationMessage(n: number): IlrMessage {
  const learners: RecordSpec[] = [];
  const dps: RecordSpec[] = [];
  for (let i = 0; i < n; i++) {
    const ref = `D${String(i).padStart(9, '0')}`;
    const closed = i % 3 === 0;
    const aim = (a: number): RecordSpec => ({
      LearnAimRef: '60000001', AimType: 4, AimSeqNumber: a, LearnStartDate: '2020-09-01', LearnPlanEndDate: '2021-01-31',
      FundModel: 35, CompStatus: closed ? 2 : 1, ...(closed ? { LearnActEndDate: '2021-01-31', Outcome: 1 } : {}),
    });
    learners.push({ LearnRefNumber: ref, ULN: '1061484938', LearningDelivery: [aim(1), aim(2)] });
    if (i % 2 === 0) {
      dps.push({
        LearnRefNumber: ref,
        ULN: i % 10 === 0 ? '9999999999' : '1061484938',
        DPOutcome: [
          { OutType: 'EMP', OutCode: 1, OutStartDate: '2020-06-01', OutCollDate: '2020-07-01' },
          { OutType: i % 7 === 0 ? 'EMP' : 'EDU', OutCode: 4, OutStartDate: '2021-02-15', OutCollDate: '2021-03-01' },
        ],
      });
    }
  }
  return messageFrom('2021', { filePreparationDate: '2021-05-01', Learner: learners, LearnerDestinationandProgression: dps });
}

/** Times the destination and advice rules on 100,000 learners (50,000 destination records). */
export async function benchDestinations(n = 100_000): Promise<void> {
  const t = performance.now();
  const msg = destinationMessage(n);
  line(`build model: ${n} learners × 2 aims, ${n / 2} destination records × 2 outcomes`, `${(performance.now() - t).toFixed(0)} ms`);
  const rules = resolveAll([...destinationRules, ...adviceRules], msg.year);
  let findings = 0;
  const r = await timeIt(3, () => {
    findings = runChecks(msg, { asOf: '2021-05-01' }, rules).findings.length;
  });
  line(`destination and advice rules (${rules.length} rules)`, `median ${r.median.toFixed(0)} ms, min ${r.min.toFixed(0)} ms, ${findings} findings`);
  line('per learner', `${((r.median * 1000) / n).toFixed(1)} µs`);
  line('heap used after', mb(process.memoryUsage().heapUsed));
}
