import { aimFindings, esfaFindings } from '../delivery-testing';
import { AimType_09 } from './AimType_09';

describe('AimType_09: a ZTPR aim must be the core aim', () => {
  it.each([
    ['ZTPR aim, AimType 4', { LearnAimRef: 'ZTPR0001', AimType: 4, FundModel: 25 }, 1],
    ['ZTPR aim, AimType 1', { LearnAimRef: 'ZTPR0001', AimType: 1, FundModel: 25 }, 1],
    ['ZTPR aim in lower case, AimType 3', { LearnAimRef: 'ztpr0001', AimType: 3, FundModel: 25 }, 1],
    ['ZTPR aim, AimType 5', { LearnAimRef: 'ZTPR0001', AimType: 5, FundModel: 25 }, 0],
    ['another aim, AimType 4', { LearnAimRef: 'ZTLOS001', AimType: 4, FundModel: 25 }, 0],
  ])('%s', (_n, fields, n) => expect(aimFindings(AimType_09, fields)).toHaveLength(n));
});

describe('2020-21 (the same rule; ESFA 2020-21 service cases)', () => {
  it.each([
    ['ConditionMet ("ZTPR", 5): no error', { LearnAimRef: 'ZTPR', AimType: 5 }, 0],
    ['ConditionMet ("ZTPR", 1): error', { LearnAimRef: 'ZTPR', AimType: 1 }, 1],
  ])('%s', (_n, fields, n) => expect(esfaFindings(AimType_09, fields)).toHaveLength(n));
});
