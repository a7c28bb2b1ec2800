import { LLDDHealthProb_04 } from './LLDDHealthProb_04';
import { learnerFindings } from './fields-testing';

const rec = (LLDDCat: number, PrimaryLLDD?: number) => ({ LLDDCat, PrimaryLLDD });

describe('LLDDHealthProb_04: LLDDHealthProb 2 → no LLDD and health problem record', () => {
  it.each([
    ['2 with a record', { LLDDHealthProb: 2, LLDDandHealthProblem: [rec(4, 1)] }, 1],
    ['2 with no record', { LLDDHealthProb: 2 }, 0],
    ['1 with a record', { LLDDHealthProb: 1, LLDDandHealthProblem: [rec(4, 1)] }, 0],
    ['9 with a record', { LLDDHealthProb: 9, LLDDandHealthProblem: [rec(4, 1)] }, 0],
  ])('%s', (_n, fields, expected) => {
    const f = learnerFindings(LLDDHealthProb_04, '2526', fields);
    expect(f).toHaveLength(expected);
    if (expected) expect(f[0]).toMatchObject({ field: 'LLDDHealthProb', value: '2', related: [{ entity: 'LLDDandHealthProblem', field: 'LLDDCat' }] });
  });
});

describe('2020-21 (ESFA 2020-21 service cases)', () => {
  it.each([
    ['ConditionMet_True: 2 with records', { LLDDHealthProb: 2, LLDDandHealthProblem: [rec(1), rec(2)] }, 1],
    ['ConditionMet_False: 1 with records', { LLDDHealthProb: 1, LLDDandHealthProblem: [rec(1)] }, 0],
    ['ConditionMet_False: 2 without records', { LLDDHealthProb: 2 }, 0],
  ])('%s', (_n, fields, expected) => expect(learnerFindings(LLDDHealthProb_04, '2021', fields)).toHaveLength(expected));
});
