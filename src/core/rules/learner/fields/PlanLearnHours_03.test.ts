import { PlanLearnHours_03 } from './PlanLearnHours_03';
import { aim, aim21, learnerFindings } from './fields-testing';

const fm25 = aim({ FundModel: 25 });

describe('PlanLearnHours_03: 16-19 funded, PlanLearnHours + PlanEEPHours must be more than 0', () => {
  it.each([
    ['0 + 0', { PlanLearnHours: 0, PlanEEPHours: 0 }, [fm25], 1],
    ['0 + not returned', { PlanLearnHours: 0 }, [fm25], 1],
    ['0 + 1', { PlanLearnHours: 0, PlanEEPHours: 1 }, [fm25], 0],
    ['1 + 0', { PlanLearnHours: 1, PlanEEPHours: 0 }, [fm25], 0],
    ['PlanLearnHours not returned', { PlanEEPHours: 0 }, [fm25], 0],
    ['FundModel 35', { PlanLearnHours: 0, PlanEEPHours: 0 }, [aim()], 0],
    ['FundModel 82', { PlanLearnHours: 0, PlanEEPHours: 0 }, [aim({ FundModel: 82 })], 0],
    ['T Level programme', { PlanLearnHours: 0, PlanEEPHours: 0 }, [aim({ FundModel: 25, ProgType: 31 })], 0],
  ])('%s', (_n, fields, aims, expected) => {
    const f = learnerFindings(PlanLearnHours_03, '2526', fields, aims);
    expect(f).toHaveLength(expected);
    if (expected) expect(f[0]).toMatchObject({ field: 'PlanLearnHours' });
  });
});

describe('2020-21 (ESFA 2020-21 service cases)', () => {
  it.each([
    ['Validate_Error: 0 + 0, FundModel 25', { PlanLearnHours: 0, PlanEEPHours: 0 }, [aim21({ FundModel: 25 })], 1],
    ['Validate_NoError: 1 + 0', { PlanLearnHours: 1, PlanEEPHours: 0 }, [aim21({ FundModel: 25 })], 0],
    ['Validate_NoError: FundModel 35', { PlanLearnHours: 0, PlanEEPHours: 0 }, [aim21()], 0],
    ['Validate_NoError: PlanLearnHours null', {}, [aim21({ FundModel: 25 })], 0],
  ])('%s', (_n, fields, aims, expected) => expect(learnerFindings(PlanLearnHours_03, '2021', fields, aims)).toHaveLength(expected));
});
