import { aimFindings, yearFindings } from '../delivery-testing';
import { LearnAimRef_126 } from './LearnAimRef_126';

const event = { LearnAimRef: 'Z0059748', FundModel: 37, ProgType: 32, AimType: 3, LearnStartDate: '2025-10-01', LearnPlanEndDate: '2025-10-01' };

describe('LearnAimRef_126: a Skills Bootcamp event aim starts and ends on one day', () => {
  it.each([
    ['same day, ended the same day', { ...event, LearnActEndDate: '2025-10-01', CompStatus: 2 }, 0, undefined],
    ['same day, not ended yet', event, 0, undefined],
    ['planned end a day later', { ...event, LearnPlanEndDate: '2025-10-02' }, 1, 'LearnPlanEndDate'],
    ['actual end a day later', { ...event, LearnActEndDate: '2025-10-02', CompStatus: 2 }, 1, 'LearnActEndDate'],
    ['Z0059747', { ...event, LearnAimRef: 'Z0059747', LearnPlanEndDate: '2025-10-02' }, 1, 'LearnPlanEndDate'],
    ['Z0059749 in lower case', { ...event, LearnAimRef: 'z0059749', LearnPlanEndDate: '2025-10-02' }, 1, 'LearnPlanEndDate'],
    ['another aim', { ...event, LearnAimRef: 'Z0059750', LearnPlanEndDate: '2025-10-02' }, 0, undefined],
  ])('%s', (_n, fields, n, field) => {
    const f = aimFindings(LearnAimRef_126, fields);
    expect(f).toHaveLength(n);
    if (field) expect(f[0]!.field).toBe(field);
  });
  it('does not exist in 2020-21', () => expect(yearFindings(LearnAimRef_126, '2021', { ...event, LearnPlanEndDate: '2021-06-30' })).toHaveLength(0));
});
