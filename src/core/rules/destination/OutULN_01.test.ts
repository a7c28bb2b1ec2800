import { findingsOf } from '../testing';
import { dpSpec, out } from './dp-fixtures';
import { OutULN_01 } from './OutULN_01';

describe('OutULN_01: ULN checksum on the destination record', () => {
  it.each([
    ['valid', '1061484938', 0],
    ['wrong check digit', '1061484935', 1],
    ['temporary ULN', '9999999999', 0],
    ['nine digits', '106148493', 1],
    ['letters', '10614849AB', 1],
  ])('%s', (_n, uln, expected) => {
    const f = findingsOf(OutULN_01, '2021', dpSpec([out()], { uln }));
    expect(f).toHaveLength(expected);
    if (expected) expect(f[0]).toMatchObject({ rule: 'OutULN_01', entity: 'LearnerDestinationandProgression', field: 'ULN', value: uln, learnRefNumber: 'L0001' });
  });

  it('leaves a missing ULN to the field-definition rules', () => {
    const spec = dpSpec([out()]);
    delete spec.LearnerDestinationandProgression![0]!.ULN;
    expect(findingsOf(OutULN_01, '2021', spec)).toHaveLength(0);
  });
});

describe('2020-21 (ESFA 2020-21 service cases)', () => {
  it.each([
    ['ValidationPasses: 9999999999', '9999999999', 0],
    ['ValidationPasses: 1000000043', '1000000043', 0],
    ['ValidationFails: 21111111111', '21111111111', 1],
  ])('%s', (_n, uln, expected) => {
    expect(findingsOf(OutULN_01, '2021', dpSpec([out()], { uln }))).toHaveLength(expected);
  });
});
