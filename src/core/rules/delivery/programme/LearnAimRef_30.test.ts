import { aimFindings, esfaFindings } from '../delivery-testing';
import { LearnAimRef_30 } from './LearnAimRef_30';

describe('LearnAimRef_30: ZPROG001 if and only if AimType 1', () => {
  it.each([
    ['ZPROG001 on a programme aim', { LearnAimRef: 'ZPROG001', AimType: 1 }, 0],
    ['zprog001 on a programme aim', { LearnAimRef: 'zprog001', AimType: 1 }, 0],
    ['ZPROG001 on a component aim', { LearnAimRef: 'ZPROG001', AimType: 3 }, 1],
    ['ZPROG001 on a stand-alone aim', { LearnAimRef: 'ZPROG001', AimType: 4 }, 1],
    ['another reference on a programme aim', { LearnAimRef: '60146394', AimType: 1 }, 1],
    ['another reference on a stand-alone aim', { LearnAimRef: '60146394', AimType: 4 }, 0],
  ])('%s', (_n, fields, n) => expect(aimFindings(LearnAimRef_30, fields)).toHaveLength(n));
});

describe('2020-21 (the same rule; ESFA 2020-21 service cases)', () => {
  it.each([
    ['ZPROG001 with AimType 1: valid', { LearnAimRef: 'ZPROG001', AimType: 1 }, 0],
    ['ZPROG001 with AimType 3: error', { LearnAimRef: 'ZPROG001', AimType: 3 }, 1],
    ['another reference with AimType 1: error', { LearnAimRef: 'ZPROG002', AimType: 1 }, 1],
  ])('%s', (_n, fields, n) => expect(esfaFindings(LearnAimRef_30, fields)).toHaveLength(n));
});
