import { aimFindings, yearFindings } from '../delivery-testing';
import { LearnAimRef_90 } from './LearnAimRef_90';

const tlevel = { ProgType: 31, AimType: 3, FundModel: 25 };

describe('LearnAimRef_90: no traineeship work experience, supported internship or CDF placement aim in a T Level', () => {
  it.each([
    ['Z0007834 in a T Level', { ...tlevel, LearnAimRef: 'Z0007834' }, 1],
    ['Z0007838 in a T Level', { ...tlevel, LearnAimRef: 'Z0007838' }, 1],
    ['Z0002347 in a T Level', { ...tlevel, LearnAimRef: 'Z0002347' }, 1],
    ['zwrkx001 in a T Level', { ...tlevel, LearnAimRef: 'zwrkx001' }, 1],
    ['ZWRKX002 in a T Level', { ...tlevel, LearnAimRef: 'ZWRKX002' }, 1],
    ['ZWRKX003 (the T Level placement) in a T Level', { ...tlevel, LearnAimRef: 'ZWRKX003' }, 0],
    ['ZWRKX001 outside a T Level', { ...tlevel, ProgType: 30, LearnAimRef: 'ZWRKX001' }, 0],
  ])('%s', (_n, fields, n) => expect(aimFindings(LearnAimRef_90, fields)).toHaveLength(n));
});

describe('2020-21 (the same rule)', () => {
  it.each([
    ['ZWRKX001 in a T Level', { ...tlevel, LearnAimRef: 'ZWRKX001' }, 1],
    ['ZWRKX003 in a T Level', { ...tlevel, LearnAimRef: 'ZWRKX003' }, 0],
  ])('%s', (_n, fields, n) => expect(yearFindings(LearnAimRef_90, '2021', fields)).toHaveLength(n));
});
