import { DateOfBirth_25 } from './DateOfBirth_25';
import { aim, bornYearsBefore, learnerFindings } from './identity-testing';

const AUG31 = '2025-08-31';
const under19 = bornYearsBefore(AUG31, 19, 1);

describe('DateOfBirth_25: 19 or over on 31 August for adult skills, Skills Bootcamps and ASF aims', () => {
  it.each([
    ['FundModel 35, 19th birthday on 1 September', under19, { FundModel: 35 }, [], 1],
    ['FundModel 37', under19, { FundModel: 37 }, [], 1],
    ['FundModel 38', under19, { FundModel: 38 }, [], 1],
    ['19th birthday on 31 August', bornYearsBefore(AUG31, 19), { FundModel: 35 }, [], 0],
    ['19th birthday on 30 August', bornYearsBefore(AUG31, 19, -1), { FundModel: 35 }, [], 0],
    ['FundModel 35 apprenticeship (ProgType 25, DD07 = Y)', under19, { FundModel: 35, ProgType: 25 }, [], 0],
    ['FundModel 35, ProgType 3: not an apprenticeship in 2025-26 (DD07)', under19, { FundModel: 35, ProgType: 3 }, [], 1],
    ['FundModel 36', under19, { FundModel: 36 }, [], 0],
    ['OLASS aim excluded', under19, { FundModel: 35 }, [['LDM', '034']], 0],
    ['LDM 376 is not excluded in 2025-26', under19, { FundModel: 35 }, [['LDM', '376']], 1],
    ['no DateOfBirth', null, { FundModel: 35 }, [], 0],
  ] as [string, string | null, Record<string, number>, [string, string][], number][])('%s', (_n, dob, fields, fams, n) => {
    const f = learnerFindings(DateOfBirth_25, { DateOfBirth: dob }, [aim(fields, fams)]);
    expect(f).toHaveLength(n);
    if (n) expect(f[0]).toMatchObject({ severity: 'error', field: 'DateOfBirth' });
  });
});

describe('2020-21 (ESFA 2020-21 service cases)', () => {
  // DateOfBirth_25RuleTests: born 2000-01-01, aged 18 on 31 August (here 2002-01-01 against 31 August 2020);
  // FundModel 35 only; DD07 (ProgType 2, 3, 20-23, 25) excluded; LDM 034 and 376 excluded.
  const dob = '2002-01-01';
  it.each([
    ['Validate_Error (FundModel 35, SOF 108 and LDM 300)', dob, { FundModel: 35 }, [['SOF', '108'], ['LDM', '300']], 1],
    ['FundModelConditionMet_False (36)', dob, { FundModel: 36 }, [], 0],
    ['DD07ConditionMet_False (ProgType 3, a framework in 2020-21)', dob, { FundModel: 35, ProgType: 3 }, [], 0],
    ['DateOfBirthConditionMet_False (born 1990)', '1990-01-01', { FundModel: 35 }, [], 0],
    ['LearningDeliveryFAMConditionMet_False (LDM 034)', dob, { FundModel: 35 }, [['LDM', '034'], ['LDM', '100']], 0],
    ['LearningDeliveryFAMConditionMet_False (LDM 376)', dob, { FundModel: 35 }, [['LDM', '376'], ['LDM', '100']], 0],
  ] as [string, string, Record<string, number>, [string, string][], number][])('%s', (_n, d, fields, fams, n) => {
    expect(learnerFindings(DateOfBirth_25, { DateOfBirth: d }, [aim(fields, fams, '2021')], { year: '2021' })).toHaveLength(n);
  });
});
