import { findingsOf } from '../testing';
import { aim, TEMP, ulnSpec, VALID_ULN } from '../../../../test/unit/rules-engine/uln-fixtures';
import { ULN_12 } from './ULN_12';

describe('ULN_12: temporary ULN on a levy-funded apprenticeship (ACT 1)', () => {
  it.each([
    ['ACT 1', TEMP, [['ACT', '1']], 1],
    ['ACT 2', TEMP, [['ACT', '2']], 0],
    ['a real ULN with ACT 1', VALID_ULN, [['ACT', '1']], 0],
    ['lower-case act', TEMP, [['act', '1']], 1],
  ] as [string, string, [string, string][], number][])('%s', (_n, uln, fams, expected) => {
    const f = findingsOf(ULN_12, '2526', ulnSpec(uln, [aim({ FundModel: 36 }, fams)], '2025-10-01'));
    expect(f).toHaveLength(expected);
    if (expected) expect(f[0]).toMatchObject({ severity: 'error', field: 'ULN' });
  });
});
