import { PriorAttain_01 } from './PriorAttain_01';
import type { RecordSpec } from '../../../model/build';
import { aim, aim21, learnerFindings } from './fields-testing';

type Case = [string, RecordSpec, RecordSpec[], number];

const prior = [{ PriorLevel: 3, DateLevelApp: '2025-08-01' }];

describe('PriorAttain_01: the prior attainment must be returned', () => {
  it.each<Case>([
    ['adult skills aim, no PriorAttain record', {}, [aim()], 1],
    ['a PriorAttain record', { PriorAttain: prior }, [aim()], 0],
    ...[10, 99, 25, 82, 11].map((fm): Case => [`FundModel ${fm} only`, {}, [aim({ FundModel: fm })], 0]),
    ['FundModel 99 with SOF 1 (excluded from 2021-22 whatever the SOF)', {}, [aim({ FundModel: 99 }, [['SOF', '1']])], 0],
    ['FundModel 36 apprenticeship', {}, [aim({ FundModel: 36, ProgType: 25 })], 1],
    ['FundModel 25 and FundModel 35', {}, [aim({ FundModel: 25 }), aim({ AimSeqNumber: 2 })], 1],
  ])('%s', (_n, fields, aims, expected) => {
    const f = learnerFindings(PriorAttain_01, '2526', fields, aims);
    expect(f).toHaveLength(expected);
    if (expected) expect(f[0]).toMatchObject({ severity: 'error', entity: 'PriorAttain', learnRefNumber: 'L0001' });
  });
});

describe('2020-21 (ESFA 2020-21 service cases)', () => {
  it.each([
    ['ConditionMet_True: no PriorAttain, FundModel 35', {}, [aim21()], 1],
    ['PriorAttainConditionMet_False: PriorAttain 2', { PriorAttain: 2 }, [aim21()], 0],
    ['FundModelConditionMet_False: 10', {}, [aim21({ FundModel: 10 })], 0],
    ['FundModelConditionMet_False: 25', {}, [aim21({ FundModel: 25 })], 0],
    ['FundModelConditionMet_False: 82', {}, [aim21({ FundModel: 82 })], 0],
    ['LearningDeliveryFAMSConditionMet_False: FundModel 99, SOF 108', {}, [aim21({ FundModel: 99 }, [['SOF', '108']])], 0],
    ['LearningDeliveryFAMSConditionMet_True: FundModel 99, SOF 1', {}, [aim21({ FundModel: 99 }, [['SOF', '1']])], 1],
  ])('%s', (_n, fields, aims, expected) => {
    const f = learnerFindings(PriorAttain_01, '2021', fields, aims);
    expect(f).toHaveLength(expected);
    if (expected) expect(f[0]).toMatchObject({ entity: 'Learner', field: 'PriorAttain' });
  });
});
