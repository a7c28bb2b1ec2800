import type { RecordSpec } from '../../model/build';
import { aim, type Esm, run, status } from './employment-testing';
import { ESMType_17 } from './ESMType_17';

const swap = (fields: RecordSpec = {}) => aim({ FundModel: 38, ...fields }, [['LDM', '375']]);

describe('ESMType_17: LDM 375 needs BSI 1, 4 or 5 on the status at the start', () => {
  it.each<[string, RecordSpec[], RecordSpec[], number]>([
    ['BSI 6 (other benefits)', [status(11, '2025-08-01', [['BSI', 6]])], [swap()], 1],
    ['no BSI returned', [status(11, '2025-08-01', [['LOU', 1]])], [swap()], 1],
    ['no status at the start', [status(11, '2025-10-01', [['BSI', 1]])], [swap()], 1],
    ['BSI 1 (JSA)', [status(11, '2025-08-01', [['BSI', 1]])], [swap()], 0],
    ['BSI 4 (Universal Credit)', [status(11, '2025-08-01', [['BSI', 4]])], [swap()], 0],
    ['BSI 5 (ESA)', [status(11, '2025-08-01', [['BSI', 5]])], [swap()], 0],
    ['BSI 4 on the status dated on the start date', [status(11, '2025-01-01', [['BSI', 6]]), status(11, '2025-09-01', [['BSI', 4]])], [swap()], 0],
    ['BSI 4 only on a status after the start', [status(11, '2025-01-01', [['BSI', 6]]), status(11, '2025-09-02', [['BSI', 4]])], [swap()], 1],
    ['no LDM 375', [status(11, '2025-08-01', [['BSI', 6]])], [aim({ FundModel: 38 }, [['LDM', '376']])], 0],
  ])('%s', (_n, statuses, aims, expected) => {
    const f = run(ESMType_17, '2526', statuses, aims);
    expect(f).toHaveLength(expected);
    if (expected) expect(f[0]).toMatchObject({ entity: 'LearningDeliveryFAM', field: 'LearnDelFAMCode', value: '375', aimSeqNumber: '1' });
  });
});

describe('2020-21 (ESFA 2020-21 service cases)', () => {
  const a = swap({ FundModel: 35, LearnStartDate: '2020-09-01' });
  it.each<[string, Esm[], number]>([
    ['Validate_Error: BSI 6 (other state benefits)', [['BSI', 6]], 1],
    ['Validate_NoError: BSI 4 (Universal Credit)', [['BSI', 4]], 0],
  ])('%s', (_n, esm, expected) => {
    expect(run(ESMType_17, '2021', [status(11, '2020-08-01', esm)], [a])).toHaveLength(expected);
  });

  it('the years differ: no BSI returned', () => {
    expect(run(ESMType_17, '2021', [status(11, '2020-08-01', [['LOU', 1]])], [a])).toHaveLength(0);
    expect(run(ESMType_17, '2526', [status(11, '2025-08-01', [['LOU', 1]])], [swap()])).toHaveLength(1);
  });
});
