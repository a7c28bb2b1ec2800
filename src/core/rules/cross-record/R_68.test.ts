import type { RecordSpec } from '../../model/build';
import { aim, learnerFindings, relatedOf } from './cross-testing';
import { R_68 } from './R_68';

const fin = (type: string, code: number, on: string) => ({ AFinType: type, AFinCode: code, AFinDate: on, AFinAmount: 1000 });
const prog = (seq: number, fins: RecordSpec[], extra: RecordSpec = {}) => aim(seq, { AimType: 1, FundModel: 36, ProgType: 25, StdCode: 100, AppFinRecord: fins, ...extra });

describe('R_68: repeated financial records across the programme aims of a standard', () => {
  it.each<[string, RecordSpec[], number]>([
    ['TNP 1 twice on one aim, same date', [prog(1, [fin('TNP', 1, '2025-09-01'), fin('TNP', 1, '2025-09-01')])], 2],
    ['TNP 1 on two aims of the standard, same date', [prog(1, [fin('TNP', 1, '2025-09-01')]), prog(2, [fin('TNP', 1, '2025-09-01')])], 2],
    ['different dates', [prog(1, [fin('TNP', 1, '2025-09-01'), fin('TNP', 1, '2025-10-01')])], 0],
    ['different codes', [prog(1, [fin('TNP', 1, '2025-09-01'), fin('TNP', 2, '2025-09-01')])], 0],
    ['different types', [prog(1, [fin('PMR', 1, '2025-09-01'), fin('TNP', 1, '2025-09-01')])], 0],
    ['two standards', [prog(1, [fin('TNP', 1, '2025-09-01')]), prog(2, [fin('TNP', 1, '2025-09-01')], { StdCode: 101 })], 0],
    ['not FundModel 36', [prog(1, [fin('TNP', 1, '2025-09-01'), fin('TNP', 1, '2025-09-01')], { FundModel: 99 })], 0],
    ['not a programme aim', [prog(1, [fin('TNP', 1, '2025-09-01'), fin('TNP', 1, '2025-09-01')], { AimType: 3 })], 0],
  ])('%s', (_n, aims, n) => {
    const f = learnerFindings(R_68, { LearningDelivery: aims });
    expect(f).toHaveLength(n);
    for (const x of f) expect(x).toMatchObject({ rule: 'R_68', entity: 'AppFinRecord', field: 'AFinDate' });
  });

  it('marks the other aim\'s record as related', () => {
    const f = learnerFindings(R_68, { LearningDelivery: [prog(1, [fin('TNP', 1, '2025-09-01')]), prog(2, [fin('TNP', 1, '2025-09-01')])] });
    expect(f.map((x) => [x.aimSeqNumber, relatedOf(x), x.related?.[0]?.aimSeqNumber])).toEqual([
      ['1', ['AFinDate=2025-09-01'], '2'],
      ['2', ['AFinDate=2025-09-01'], '1'],
    ]);
  });
});

describe('2020-21 (ESFA 2020-21 service cases)', () => {
  const fw = (seq: number, fins: RecordSpec[], fwork = 1) => aim(seq, { LearnStartDate: '2020-09-01', AimType: 1, FundModel: 36, ProgType: 2, FworkCode: fwork, PwayCode: 1, AppFinRecord: fins });
  const esfa = (seq: number, codes: number[], extra: RecordSpec) =>
    aim(seq, { LearnStartDate: '2020-09-01', AimType: 1, FundModel: 36, ProgType: 3, AppFinRecord: codes.map((c) => fin('TNP', c, '2018-01-01')), ...extra });
  it.each<[string, RecordSpec[], number]>([
    ['Validate_Error: ProgType 3, StdCode 1 on two aims, the same record', [esfa(1, [1], { StdCode: 1 }), esfa(2, [1], { StdCode: 1 })], 2],
    ['Validate_NoError_SingleDelivery: codes 1 and 2', [esfa(1, [1, 2], { StdCode: 1 })], 0],
    [
      'Validate_Error_Complex: a repeat within StdCode 1 and one within FworkCode 1 (ESFA merges identical copies on one aim; each copy is reported here)',
      [esfa(1, [1, 1], { StdCode: 1 }), esfa(2, [1], { StdCode: 2 }), esfa(3, [1], { FworkCode: 2 }), esfa(4, [1, 2], { FworkCode: 1 }), esfa(5, [1], { FworkCode: 1 })],
      4,
    ],
    ['a framework: TNP 1 on 2018-08-01 on two aims of framework 1', [fw(1, [fin('TNP', 1, '2018-08-01')]), fw(2, [fin('TNP', 1, '2018-08-01')])], 2],
    ['a framework: two frameworks', [fw(1, [fin('TNP', 1, '2018-08-01')], 1), fw(2, [fin('TNP', 1, '2018-08-01')], 2)], 0],
    ['a standard: as 2025-26', [prog(1, [fin('PMR', 1, '2018-08-01'), fin('PMR', 1, '2018-08-01')], { LearnStartDate: '2020-09-01' })], 2],
  ])('%s', (_n, aims, n) => expect(learnerFindings(R_68, { LearningDelivery: aims }, '2021')).toHaveLength(n));
});
