import { runDefinitions as runRules } from '../testing';
import { messageFrom } from '../../model/build';
import { setField } from '../../model/record';
import { findingsOf } from '../testing';
import { R_06 } from './R_06';

const learner = (ref: string) => ({ LearnRefNumber: ref, ULN: '1061484938', LearningDelivery: [] });

describe('R_06: duplicate LearnRefNumber', () => {
  it.each([
    ['unique', ['A1', 'A2', 'A3'], 0],
    ['one duplicate pair: both records reported', ['A1', 'A2', 'A1'], 2],
    ['three copies', ['B', 'B', 'B'], 3],
    ['case differs: still the same key', ['ab1', 'AB1'], 2],
    ['similar but different', ['A1', 'A10'], 0],
  ])('%s', (_n, refs, expected) => {
    const f = findingsOf(R_06, '2526', { Learner: refs.map(learner) });
    expect(f).toHaveLength(expected);
    for (const x of f) expect(x).toMatchObject({ rule: 'R_06', severity: 'error', entity: 'Learner', field: 'LearnRefNumber' });
  });

  it('points at each copy\'s cell', () => {
    const msg = messageFrom('2526', { Learner: ['A1', 'A1'].map(learner) });
    const [l1, l2] = msg.root.children['Learner']!;
    setField(l1!, 'LearnRefNumber', 'A1', { sheet: 'Learner', cell: 'A2' });
    setField(l2!, 'LearnRefNumber', 'A1', { sheet: 'Learner', cell: 'A9' });
    const f = runRules(msg, [R_06], { asOf: '2025-10-01' });
    expect(f.map((x) => x.location)).toEqual([
      { sheet: 'Learner', cell: 'A2' },
      { sheet: 'Learner', cell: 'A9' },
    ]);
  });

  it('ignores learners without a reference (FD_LearnRefNumber_MA reports them)', () => {
    expect(findingsOf(R_06, '2526', { Learner: [{ ULN: '1' }, { ULN: '2' }] })).toHaveLength(0);
  });
});

describe('2020-21 (ESFA 2020-21 service cases)', () => {
  it.each<[string, string[], number]>([
    ['ValidateWithEmptyMessage: no learners', [], 0],
    ['CheckForDuplicate_LearnRefNumber_Duplicate: abc1, AbC1, ABC1 (case-insensitive) and xyZ', ['abc1', 'AbC1', 'ABC1', 'xyZ'], 3],
    ['CheckForDuplicate_LearnRefNumber_NoDuplicate: 123456, 1234567', ['123456', '1234567'], 0],
  ])('%s', (_n, refs, expected) => {
    const f = findingsOf(R_06, '2021', { Learner: refs.map((r) => ({ LearnRefNumber: r })) });
    expect(f).toHaveLength(expected);
    for (const x of f) expect(x.value?.toUpperCase()).toBe('ABC1');
  });
});
