import { aimFindings, yearFindings } from '../delivery-testing';
import { Tlout_01 } from './Tlout_01';

const ENDED = { FundModel: 11, LearnActEndDate: '2026-03-31', Outcome: 1 };

describe('Tlout_01: an ended Tailored Learning aim has a tailored learning outcome', () => {
  it.each([
    ['completed, no TLOut', { ...ENDED, CompStatus: 2 }, 1],
    ['withdrawn, no TLOut', { ...ENDED, CompStatus: 3, Outcome: 3, WithdrawReason: 40 }, 1],
    ['completed with TLOut', { ...ENDED, CompStatus: 2, TLOut: 3 }, 0],
    ['continuing, no TLOut', { FundModel: 11, CompStatus: 1 }, 0],
    ['break in learning, no TLOut', { ...ENDED, CompStatus: 6, Outcome: 8 }, 0],
    ['FundModel 35 completed', { ...ENDED, FundModel: 35, CompStatus: 2 }, 0],
  ])('%s', (_n, fields, n) => {
    const f = aimFindings(Tlout_01, fields);
    expect(f).toHaveLength(n);
    if (n) expect(f[0]).toMatchObject({ field: 'TLOut' });
  });
  it('does not exist in 2020-21', () => expect(yearFindings(Tlout_01, '2021', { FundModel: 11, CompStatus: 2, LearnActEndDate: '2021-03-31', Outcome: 1 })).toHaveLength(0));
});
