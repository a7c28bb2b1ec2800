import type { MessageSpec, RecordSpec } from '../../model/build';

/** Test fixtures for the destination rules: synthetic learners and outcomes only. */

/** A valid ULN (check digit right). */
export const ULN = '1061484938';

/** One DPOutcome: EMP 1 starting 1 Sep 2020, collected 1 Oct 2020 (2020-21 dates), with overrides. */
export function out(o: RecordSpec = {}): RecordSpec {
  return { OutType: 'EMP', OutCode: 1, OutStartDate: '2020-09-01', OutCollDate: '2020-10-01', ...o };
}

/** A message with one destination record for L0001 holding the outcomes (and optionally learners). */
export function dpSpec(outcomes: RecordSpec[], opts: { uln?: string; ref?: string; learners?: RecordSpec[]; filePreparationDate?: string } = {}): MessageSpec {
  return {
    ...(opts.filePreparationDate ? { filePreparationDate: opts.filePreparationDate } : {}),
    Learner: opts.learners ?? [],
    LearnerDestinationandProgression: [{ LearnRefNumber: opts.ref ?? 'L0001', ULN: opts.uln ?? ULN, DPOutcome: outcomes }],
  };
}

/** A learning aim, closed by default: adult skills, completed 31 Jan 2021. */
export function aim(a: RecordSpec = {}): RecordSpec {
  return {
    LearnAimRef: '60000001',
    AimType: 4,
    AimSeqNumber: 1,
    LearnStartDate: '2020-09-01',
    LearnPlanEndDate: '2021-01-31',
    FundModel: 35,
    CompStatus: 2,
    LearnActEndDate: '2021-01-31',
    Outcome: 1,
    ...a,
  };
}

/** A learner L0001 with the aims. */
export function learner(aims: RecordSpec[], fields: RecordSpec = {}): RecordSpec {
  return { LearnRefNumber: 'L0001', ULN, LearningDelivery: aims, ...fields };
}
