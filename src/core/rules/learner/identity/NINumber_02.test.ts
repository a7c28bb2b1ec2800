import { NINumber_02 } from './NINumber_02';
import { aim, learnerFindings } from './identity-testing';

describe('NINumber_02: an NI number for apprentices with ACT 1', () => {
  it.each([
    ['ACT 1, no NI number', null, [aim({ FundModel: 36, ProgType: 25 }, [['ACT', '1']])], 1],
    ['ACT 1, NI number returned', 'AB123456C', [aim({ FundModel: 36, ProgType: 25 }, [['ACT', '1']])], 0],
    ['ACT 2', null, [aim({ FundModel: 36, ProgType: 25 }, [['ACT', '2']])], 0],
    ['no ACT', null, [aim()], 0],
    ['two ACT 1 aims: one finding', null, [aim({}, [['ACT', '1']]), aim({ AimSeqNumber: 2 }, [['ACT', '1']])], 1],
  ])('%s', (_n, ni, aims, n) => {
    const f = learnerFindings(NINumber_02, { NINumber: ni }, aims);
    expect(f).toHaveLength(n);
    if (n) expect(f[0]).toMatchObject({ severity: 'error', field: 'NINumber', aimSeqNumber: '1' });
  });
});
