import { findingsOf } from '../testing';
import { dpSpec, out } from './dp-fixtures';
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
