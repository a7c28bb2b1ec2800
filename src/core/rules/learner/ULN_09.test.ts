import { findingsOf } from '../testing';
import { aim, TEMP, ulnSpec, VALID_ULN } from '../../../../test/unit/rules-engine/uln-fixtures';
import { ULN_09 } from './ULN_09';

describe('ULN_09: temporary ULN for an OLASS offender in custody from 1 January', () => {
  it.each([
    ['OLASS, file prepared 1 Jan (boundary)', TEMP, [['LDM', '034']], '2026-01-01', 1],
    ['OLASS, file prepared 31 Dec', TEMP, [['LDM', '034']], '2025-12-31', 0],
    ['OLASS with a real ULN', VALID_ULN, [['LDM', '034']], '2026-02-01', 0],
    ['other LDM code', TEMP, [['LDM', '035']], '2026-02-01', 0],
    ['no FAMs', TEMP, [], '2026-02-01', 0],
  ] as [string, string, [string, string][], string, number][])('%s', (_n, uln, fams, fpd, expected) => {
    const f = findingsOf(ULN_09, '2526', ulnSpec(uln, [aim({}, fams)], fpd));
    expect(f).toHaveLength(expected);
    if (expected) expect(f[0]).toMatchObject({ severity: 'warning' });
  });
});
