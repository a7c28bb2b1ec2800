import { aim, learnerFindings, relatedOf } from './cross-testing';
import { R_52 } from './R_52';

const fam = (t: string, c: string) => ({ LearnDelFAMType: t, LearnDelFAMCode: c });

describe('R_52: two delivery FAMs of the same type and code on an aim', () => {
  it.each([
    ['different codes', [fam('LDM', '034'), fam('LDM', '357')], 0],
    ['LDM 034 twice: both reported', [fam('LDM', '034'), fam('LDM', '034')], 2],
    ['ldm 34 and LDM 034: the same', [fam('ldm', '34'), fam('LDM', '034')], 2],
    ['LSF 1 twice: excluded', [fam('LSF', '1'), fam('LSF', '1')], 0],
    ['ACT 1 twice: excluded', [fam('ACT', '1'), fam('ACT', '1')], 0],
    ['ALB 1 twice: excluded', [fam('ALB', '1'), fam('ALB', '1')], 0],
  ])('%s', (_n, fams, n) => {
    const f = learnerFindings(R_52, { LearningDelivery: [aim(1, { LearningDeliveryFAM: fams })] });
    expect(f).toHaveLength(n);
    for (const x of f) expect(x).toMatchObject({ rule: 'R_52', field: 'LearnDelFAMCode', aimSeqNumber: '1' });
  });

  it('the same FAM on two aims is fine', () => {
    expect(learnerFindings(R_52, { LearningDelivery: [aim(1, { LearningDeliveryFAM: [fam('SOF', '105')] }), aim(2, { LearningDeliveryFAM: [fam('SOF', '105')] })] })).toHaveLength(0);
  });

  it('marks the other record as related', () => {
    expect(learnerFindings(R_52, { LearningDelivery: [aim(1, { LearningDeliveryFAM: [fam('SOF', '105'), fam('SOF', '105')] })] }).map(relatedOf)).toEqual([['LearnDelFAMCode=105'], ['LearnDelFAMCode=105']]);
  });
});

describe('2020-21 (the same check in ESFA\'s 2020-21 service)', () => {
  const run = (fams: { LearnDelFAMType: string; LearnDelFAMCode: string }[]) => learnerFindings(R_52, { LearningDelivery: [aim(1, { LearnStartDate: '2020-09-01', LearningDeliveryFAM: fams })] }, '2021');
  it.each([
    ['SOF 1 twice', [fam('SOF', '1'), fam('SOF', '1')], 2],
    ['ACT, LSF, ALB repeated', [fam('ACT', '1'), fam('ACT', '1'), fam('LSF', '1'), fam('LSF', '1'), fam('ALB', '1'), fam('ALB', '1')], 0],
    ['different codes', [fam('SOF', '1'), fam('SOF', '2')], 0],
  ])('%s', (_n, fams, n) => expect(run(fams)).toHaveLength(n));
});
