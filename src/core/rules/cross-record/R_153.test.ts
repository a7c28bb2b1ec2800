import type { RecordSpec } from '../../model/build';
import { bootcamp } from './bootcamp-testing';
import { learnerFindings, relatedOf } from './cross-testing';
import { R_153 } from './R_153';

const evi = (from?: string) => ({ LearningDeliveryFAM: [{ LearnDelFAMType: 'EVI', LearnDelFAMCode: '1', ...(from ? { LearnDelFAMDateFrom: from } : {}) }] });

describe('R_153: an Event Indicator applies from 1 August 2025 or later', () => {
  it.each<[string, RecordSpec[], number]>([
    ['bootcamp from 1 August 2025, EVI from 1 August 2025', [bootcamp(1, 1, { LearnStartDate: '2025-08-01', ...evi('2025-08-01') })], 0],
    ['bootcamp from 1 August 2025, EVI from 31 July 2025', [bootcamp(1, 1, { LearnStartDate: '2025-08-01', ...evi('2025-07-31') })], 1],
    ['bootcamp from 31 July 2025 (R_152), EVI from 31 July 2025', [bootcamp(1, 1, { LearnStartDate: '2025-07-31', ...evi('2025-07-31') })], 0],
    ['EVI without a DateFrom', [bootcamp(1, 1, { LearnStartDate: '2025-09-01', ...evi() })], 0],
  ])('%s', (_n, aims, n) => {
    const f = learnerFindings(R_153, { LearningDelivery: aims });
    expect(f).toHaveLength(n);
    for (const x of f) expect(x).toMatchObject({ rule: 'R_153', field: 'LearnDelFAMDateFrom', value: '2025-07-31' });
  });

  it("marks the bootcamp's first start as related", () => {
    expect(learnerFindings(R_153, { LearningDelivery: [bootcamp(1, 1, { LearnStartDate: '2025-08-01', ...evi('2025-07-31') })] }).map(relatedOf)).toEqual([['LearnStartDate=2025-08-01']]);
  });

  it('does not run for 2020-21', () => {
    expect(learnerFindings(R_153, { LearningDelivery: [bootcamp(1, 1, { LearnStartDate: '2025-08-01', ...evi('2025-07-31') })] }, '2021')).toHaveLength(0);
  });
});
