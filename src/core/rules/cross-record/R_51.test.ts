import { learnerFindings, relatedOf } from './cross-testing';
import { R_51 } from './R_51';

const fam = (t: string, c: string) => ({ LearnFAMType: t, LearnFAMCode: c });

describe('R_51: two learner FAMs of the same type and code', () => {
  it.each([
    ['same type, different codes', [fam('EHC', '1'), fam('HNS', '1'), fam('NLM', '17'), fam('NLM', '18')], 0],
    ['same type and code: both reported', [fam('NLM', '17'), fam('NLM', '17')], 2],
    ['case and leading zero differ: still the same', [fam('nlm', '017'), fam('NLM', '17')], 2],
    ['one record', [fam('NLM', '17')], 0],
  ])('%s', (_n, fams, n) => {
    const f = learnerFindings(R_51, { LearnerFAM: fams });
    expect(f).toHaveLength(n);
    for (const x of f) expect(x).toMatchObject({ rule: 'R_51', entity: 'LearnerFAM', field: 'LearnFAMCode' });
  });

  it('marks the other record as related', () => {
    expect(learnerFindings(R_51, { LearnerFAM: [fam('NLM', '17'), fam('NLM', '17')] }).map(relatedOf)).toEqual([['LearnFAMCode=17'], ['LearnFAMCode=17']]);
  });
});

describe('2020-21 (the same check in ESFA\'s 2020-21 service)', () => {
  it.each([
    ['HNS 1 and hns 1', [fam('HNS', '1'), fam('hns', '1')], 2],
    ['HNS 1 and HNS 2', [fam('HNS', '1'), fam('EHC', '1')], 0],
  ])('%s', (_n, fams, n) => expect(learnerFindings(R_51, { LearnerFAM: fams }, '2021')).toHaveLength(n));
});
