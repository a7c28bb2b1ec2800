import { PriorAttain_04 } from './PriorAttain_04';
import type { RecordSpec } from '../../../model/build';
import { aim, aim21, learnerFindings } from './fields-testing';

type Case = [string, RecordSpec, RecordSpec[], number];

const level = (PriorLevel: number) => ({ PriorAttain: [{ PriorLevel: 2, DateLevelApp: '2015-07-01' }, { PriorLevel, DateLevelApp: '2024-07-01' }] });

describe('PriorAttain_04: prior attainment level 4 or above and an adult skills funded framework apprenticeship', () => {
  it.each<Case>([
    ...[7, 8, 9, 10].map((l): Case => [`PriorLevel ${l}, FundModel 35 ProgType 2`, level(l), [aim({ FundModel: 35, ProgType: 2 })], 1]),
    ['PriorLevel 7, ProgType 3', level(7), [aim({ ProgType: 3 })], 1],
    ['PriorLevel 7, ProgType 20', level(7), [aim({ ProgType: 20 })], 1],
    ['PriorLevel 6 (full level 3)', level(6), [aim({ ProgType: 2 })], 0],
    ['PriorLevel 97', level(97), [aim({ ProgType: 2 })], 0],
    ['PriorLevel 7, ProgType 25', level(7), [aim({ ProgType: 25 })], 0],
    ['PriorLevel 7, FundModel 36 ProgType 2', level(7), [aim({ FundModel: 36, ProgType: 2 })], 0],
    ['PriorLevel 7, no ProgType', level(7), [aim()], 0],
  ])('%s', (_n, fields, aims, expected) => {
    const f = learnerFindings(PriorAttain_04, '2526', fields, aims);
    expect(f).toHaveLength(expected);
    if (expected) expect(f[0]).toMatchObject({ entity: 'LearningDelivery', field: 'ProgType', aimSeqNumber: '1', related: [expect.objectContaining({ entity: 'PriorAttain', field: 'PriorLevel' })] });
  });
  it('2020-21 follows ESFA: ProgType 20 is not checked', () => {
    expect(learnerFindings(PriorAttain_04, '2021', { PriorAttain: 10 }, [aim21({ ProgType: 20 })])).toHaveLength(0);
  });
});

describe('2020-21 (ESFA 2020-21 service cases)', () => {
  it.each([
    ...[4, 5, 10, 11, 12, 13].map((p) => [`ConditionMet_True: PriorAttain ${p}`, p, 35, 2, 1] as const),
    ['ConditionMet_True: ProgType 3', 10, 35, 3, 1] as const,
    ...[1, 2, 3, 7, 9, 97, 98, 99].map((p) => [`PriorAttainConditionMet_False: ${p}`, p, 35, 2, 0] as const),
    ['FundModelConditionMet_False: 36', 10, 36, 2, 0] as const,
    ['ProgTypeConditionMet_False: 25', 10, 35, 25, 0] as const,
  ])('%s', (_n, prior, fm, prog, expected) => expect(learnerFindings(PriorAttain_04, '2021', { PriorAttain: prior }, [aim21({ FundModel: fm, ProgType: prog })])).toHaveLength(expected));
});
