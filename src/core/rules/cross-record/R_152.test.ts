import type { RecordSpec } from '../../model/build';
import { bootcamp } from './bootcamp-testing';
import { learnerFindings, relatedOf } from './cross-testing';
import { R_152 } from './R_152';

const evi = (from: string) => ({ LearningDeliveryFAM: [{ LearnDelFAMType: 'EVI', LearnDelFAMCode: '1', LearnDelFAMDateFrom: from }] });

describe('R_152: no Event Indicator on bootcamps started before 1 August 2025', () => {
  it.each<[string, RecordSpec[], number]>([
    ['started 31 July 2025 with an EVI', [bootcamp(1, 1, { LearnStartDate: '2025-07-31', ...evi('2025-08-01') })], 1],
    ['started 1 August 2025 with an EVI', [bootcamp(1, 1, { LearnStartDate: '2025-08-01', ...evi('2025-08-01') })], 0],
    ['EVI on the component of an early bootcamp', [bootcamp(1, 1, { LearnStartDate: '2025-07-01' }), bootcamp(2, 3, { LearnStartDate: '2025-09-01', ...evi('2025-09-01') })], 1],
    ['a later restart of the contract: the earliest start counts', [bootcamp(1, 1, { LearnStartDate: '2025-07-01' }), bootcamp(2, 1, { LearnStartDate: '2025-09-01', ...evi('2025-09-01') })], 1],
    ['an early bootcamp of another contract', [bootcamp(1, 1, { LearnStartDate: '2025-07-01', ConRefNumber: 'SB-2' }), bootcamp(2, 1, { LearnStartDate: '2025-09-01', ...evi('2025-09-01') })], 0],
    ['no EVI', [bootcamp(1, 1, { LearnStartDate: '2025-07-01' })], 0],
  ])('%s', (_n, aims, n) => {
    const f = learnerFindings(R_152, { LearningDelivery: aims });
    expect(f).toHaveLength(n);
    for (const x of f) expect(x).toMatchObject({ rule: 'R_152', field: 'LearnDelFAMType', value: 'EVI' });
  });

  it("marks the bootcamp's first start as related", () => {
    expect(learnerFindings(R_152, { LearningDelivery: [bootcamp(1, 1, { LearnStartDate: '2025-07-31', ...evi('2025-08-01') })] }).map(relatedOf)).toEqual([['LearnStartDate=2025-07-31']]);
  });

  it('does not run for 2020-21', () => {
    expect(learnerFindings(R_152, { LearningDelivery: [bootcamp(1, 1, { LearnStartDate: '2020-09-01', ...evi('2020-09-01') })] }, '2021')).toHaveLength(0);
  });
});
