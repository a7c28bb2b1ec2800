import { NINumber_01 } from './NINumber_01';
import { aim, learnerFindings } from './identity-testing';

describe('NINumber_01: the NI number format', () => {
  it.each([
    ['AB123456C', 0],
    ['AB123456', 0],
    ['AB123456 ', 0],
    ['AB123456A', 0],
    ['AB123456D', 0],
    ['AB123456E (suffix not A-D)', 1],
    ['OA123456A (O first is allowed)', 0],
    ['AO123456A (O second is not)', 1],
    ['DA123456A', 1],
    ['FA123456A', 1],
    ['IA123456A', 1],
    ['QA123456A', 1],
    ['UA123456A', 1],
    ['VA123456A', 1],
    ['AD123456A', 1],
    ['AF123456A', 1],
    ['AI123456A', 1],
    ['AQ123456A', 1],
    ['AU123456A', 1],
    ['AV123456A', 1],
    ['ZZ123456A', 0],
    ['A1123456A (second character a digit)', 1],
    ['AB12345CA (a letter among the digits)', 1],
    ['AB1234567 (a digit ninth)', 1],
    ['ab123456c (lower case)', 1],
    ['TN311280F (temporary number: TN, date of birth, sex)', 1],
    ['AB12345 (too short)', 1],
  ])('%s', (value, n) => {
    const ni = value.split(' (')[0]!;
    const f = learnerFindings(NINumber_01, { NINumber: ni }, [aim()]);
    expect(f).toHaveLength(n);
    if (n) expect(f[0]).toMatchObject({ severity: 'error', field: 'NINumber' });
  });

  it('no NI number: not this rule', () => {
    expect(learnerFindings(NINumber_01, {}, [aim()])).toHaveLength(0);
  });

});

describe('2020-21 (ESFA 2020-21 service cases)', () => {
  // NINumber_01Tests: the same format in 2020-21.
  it.each([
    ['ConditionMet_True_Length', 'AA123456AA', 1],
    ['ConditionMet_True_Length', 'A', 1],
    ...['DZ', 'FZ', 'IZ', 'QZ', 'UZ', 'VZ'].map((p) => ['ConditionMet_True_FirstCharacter', `${p}123456C`, 1] as [string, string, number]),
    ...['AD', 'AF', 'AI', 'AO', 'AQ', 'AU', 'AV'].map((p) => ['ConditionMet_True_SecondCharacter', `${p}123456C`, 1] as [string, string, number]),
    ['ConditionMet_True_Characters3To8', 'AAX23456C', 1],
    ['ConditionMet_True_Characters3To8', 'AA1X3456C', 1],
    ['ConditionMet_True_Characters3To8', 'AAX2345XC', 1],
    ['ConditionMet_True_LowerCase', 'aA123456A', 1],
    ['ConditionMet_True_LowerCase', 'Aa123456A', 1],
    ['ConditionMet_True_LowerCase', 'AA123456a', 1],
    ['ConditionMet_False_NullOrEmpty', ' ', 0],
    ['Validate_NoErrors', 'AA123456A', 0],
    ['Validate_NoErrors', 'AA123456', 0],
    ['Validate_Error', 'AA23456A', 1],
    ['Validate_Error', 'DD123456A', 1],
  ] as [string, string, number][])('%s (%s)', (_n, ni, n) => {
    expect(learnerFindings(NINumber_01, { NINumber: ni }, [aim({}, [], '2021')], { year: '2021' })).toHaveLength(n);
  });
});
