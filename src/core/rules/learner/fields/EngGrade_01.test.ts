import { EngGrade_01 } from './EngGrade_01';
import { aim, aim21, learnerFindings } from './fields-testing';

describe('EngGrade_01: a 16-19 funded learner must have a GCSE grade', () => {
  it.each([
    ['FundModel 25, no grade', {}, [aim({ FundModel: 25 })], 1],
    ['FundModel 25, grade NONE', { EngGrade: 'NONE' }, [aim({ FundModel: 25 })], 0],
    ['FundModel 25, grade 4', { EngGrade: '4' }, [aim({ FundModel: 25 })], 0],
    ['FundModel 35, no grade', {}, [aim()], 0],
    ['FundModel 82, no grade', {}, [aim({ FundModel: 82 })], 0],
    ['FundModel 35 and 25 (second aim), no grade: one finding', {}, [aim(), aim({ AimSeqNumber: 2, FundModel: 25 }), aim({ AimSeqNumber: 3, FundModel: 25 })], 1],
  ])('%s', (_n, fields, aims, expected) => {
    const f = learnerFindings(EngGrade_01, '2526', fields, aims);
    expect(f).toHaveLength(expected);
    if (expected) expect(f[0]).toMatchObject({ entity: 'Learner', field: 'EngGrade' });
  });
});

describe('2020-21 (ESFA 2020-21 service cases)', () => {
  it.each([
    ['ValidationFails: null grade, FundModel 25', {}, [aim21({ FundModel: 25 })], 1],
    ['ValidationPasses: grade A, FundModel 25', { EngGrade: 'A' }, [aim21({ FundModel: 25 })], 0],
    ['ValidationPasses: null grade, FundModel 35', {}, [aim21()], 0],
  ])('%s', (_n, fields, aims, expected) => expect(learnerFindings(EngGrade_01, '2021', fields, aims)).toHaveLength(expected));
});
