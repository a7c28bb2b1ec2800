import { findingsOf } from '../testing';
import { dpSpec, out, ULN } from './dp-fixtures';
import { R69 } from './R69';

describe('R69: no duplicate type/code/start date', () => {
  it.each([
    ['same type, code and date', [out(), out()], 1],
    ['same but type in lower case', [out(), out({ OutType: 'emp' })], 1],
    ['same but code typed 01', [out(), out({ OutCode: '01' })], 1],
    ['different code', [out(), out({ OutCode: 2 })], 0],
    ['different date', [out(), out({ OutStartDate: '2020-09-02' })], 0],
    ['three copies: once per record', [out(), out(), out()], 1],
  ])('%s', (_n, outcomes, expected) => {
    const f = findingsOf(R69, '2021', dpSpec(outcomes));
    expect(f).toHaveLength(expected);
    if (expected) expect(f[0]).toMatchObject({ rule: 'R69', field: 'OutType', learnRefNumber: 'L0001' });
  });
});

describe('2020-21 (ESFA 2020-21 service cases)', () => {
  const o = (code: number, type: string) => out({ OutCode: code, OutType: type, OutStartDate: '2018-10-10' });
  const msg = (records: [string, ReturnType<typeof out>[]][]) => ({
    LearnerDestinationandProgression: records.map(([ref, outs]) => ({ LearnRefNumber: ref, ULN, DPOutcome: outs })),
  });
  it.each<[string, [string, ReturnType<typeof out>[]][], string[]]>([
    ['ValidationPasses: A 1 and A 2 on one date, for two learners', [['12345', [o(1, 'A'), o(2, 'A')]], ['123456', [o(1, 'A'), o(2, 'A')]]], []],
    ['ValidationPasses_NoDpOutcomes', [['12345', []], ['123456', []]], []],
    ['ValidationFails: A 1 and a 1 on one date (case-insensitive), for 12345 only', [['12345', [o(1, 'A'), o(1, 'a')]], ['123456', [o(1, 'A'), o(2, 'A')]]], ['12345']],
  ])('%s', (_n, records, refs) => {
    expect(findingsOf(R69, '2021', msg(records)).map((f) => f.learnRefNumber)).toEqual(refs);
  });
});
