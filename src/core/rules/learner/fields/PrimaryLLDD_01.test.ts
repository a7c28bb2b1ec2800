import { PrimaryLLDD_01 } from './PrimaryLLDD_01';
import { aim, aim21, learnerFindings } from './fields-testing';

const recs = (...r: [number, number?][]) => r.map(([LLDDCat, PrimaryLLDD]) => ({ LLDDCat, PrimaryLLDD }));

describe('PrimaryLLDD_01: from DD06 1 August 2015, one LLDD record must be primary', () => {
  it.each([
    ['no primary record', { LLDDHealthProb: 1, LLDDandHealthProblem: recs([4], [5]) }, [aim()], 1],
    ['a primary record', { LLDDHealthProb: 1, LLDDandHealthProblem: recs([4], [5, 1]) }, [aim()], 0],
    ['only categories 98 and 99', { LLDDHealthProb: 1, LLDDandHealthProblem: recs([98], [99]) }, [aim()], 0],
    ['category 98 and 4, no primary', { LLDDHealthProb: 1, LLDDandHealthProblem: recs([98], [4]) }, [aim()], 1],
    ['no records', { LLDDHealthProb: 1 }, [aim()], 0],
    ['LLDDHealthProb 2', { LLDDHealthProb: 2, LLDDandHealthProblem: recs([4]) }, [aim()], 0],
    ['DD06 1 August 2015 (boundary)', { LLDDHealthProb: 1, LLDDandHealthProblem: recs([4]) }, [aim({ LearnStartDate: '2015-08-01' }), aim({ AimSeqNumber: 2 })], 1],
    ['DD06 31 July 2015', { LLDDHealthProb: 1, LLDDandHealthProblem: recs([4]) }, [aim({ LearnStartDate: '2015-07-31' }), aim({ AimSeqNumber: 2 })], 0],
  ])('%s', (_n, fields, aims, expected) => {
    const f = learnerFindings(PrimaryLLDD_01, '2526', fields, aims);
    expect(f).toHaveLength(expected);
    if (expected) expect(f[0]).toMatchObject({ entity: 'LLDDandHealthProblem', field: 'PrimaryLLDD' });
  });
});

describe('2020-21 (ESFA 2020-21 service cases)', () => {
  it.each([
    ['ConditionMet_True', { LLDDHealthProb: 1, LLDDandHealthProblem: recs([1], [2]) }, [aim21({ LearnStartDate: '2015-08-01' })], 1],
    ['LearnStartDateConditionMet_False: 2015-07-31', { LLDDHealthProb: 1, LLDDandHealthProblem: recs([1]) }, [aim21({ LearnStartDate: '2015-07-31' })], 0],
    ['LLDDConditionMet_False: a primary', { LLDDHealthProb: 1, LLDDandHealthProblem: recs([1, 1], [2]) }, [aim21()], 0],
    ['LLDDConditionMet_False: all 98/99', { LLDDHealthProb: 1, LLDDandHealthProblem: recs([98], [99]) }, [aim21()], 0],
    ['LLDDHealthProbConditionMet_False: 2', { LLDDHealthProb: 2, LLDDandHealthProblem: recs([1]) }, [aim21()], 0],
  ])('%s', (_n, fields, aims, expected) => expect(learnerFindings(PrimaryLLDD_01, '2021', fields, aims)).toHaveLength(expected));
});
