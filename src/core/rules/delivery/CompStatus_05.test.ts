import { aimFindings } from './delivery-testing';
import { CompStatus_05 } from './CompStatus_05';

describe('CompStatus_05: a continuing aim has no Outcome', () => {
  it.each([
    ['continuing with Outcome 8', { CompStatus: 1, Outcome: 8 }, 1],
    ['continuing without Outcome', { CompStatus: 1 }, 0],
    ['completed with Outcome', { CompStatus: 2, LearnActEndDate: '2026-01-10', Outcome: 1 }, 0],
    ['apprenticeship standard excluded', { CompStatus: 1, Outcome: 8, FundModel: 36, ProgType: 25 }, 0],
    ['Skills Bootcamp excluded', { CompStatus: 1, Outcome: 8, FundModel: 37, ProgType: 32 }, 0],
    ['FundModel 37 without ProgType 32 is not excluded', { CompStatus: 1, Outcome: 8, FundModel: 37 }, 1],
  ])('%s', (_n, fields, n) => {
    expect(aimFindings(CompStatus_05, fields)).toHaveLength(n);
  });
});
