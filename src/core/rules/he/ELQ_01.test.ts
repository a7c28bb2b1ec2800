import { heFindings, type HeCase } from './he-testing';
import { ELQ_01 } from './ELQ_01';

describe('ELQ_01: an OfS-funded aim returns ELQ', () => {
  it.each<[string, HeCase, number]>([
    ['OfS-funded, ELQ missing', { he: { ELQ: null } }, 1],
    ['OfS-funded, ELQ returned', {}, 0],
    ['FundModel 35, ELQ missing', { he: { ELQ: null }, aim: { FundModel: 35 } }, 0],
    ['FundModel 99 without SOF 1, ELQ missing', { he: { ELQ: null }, fams: [['SOF', 107]] }, 0],
    ['no HE record (LearningDeliveryHE_02\'s)', { he: null }, 0],
  ])('%s', (_n, c, n) => {
    for (const year of ['2526', '2021']) {
      const f = heFindings(ELQ_01, year, c);
      expect(f).toHaveLength(n);
      if (n) expect(f[0]).toMatchObject({ rule: 'ELQ_01', severity: 'error', entity: 'LearningDeliveryHE', field: 'ELQ', aimSeqNumber: '1' });
    }
  });
});

describe('2020-21 (ESFA 2020-21 service cases)', () => {
  it.each<[string, HeCase, number]>([
    ['ConditionMet_True: FundModel 99, SOF 1, ELQ null', { he: { ELQ: null } }, 1],
    ['ConditionMet_False_FundModel: 10', { he: { ELQ: null }, aim: { FundModel: 10 } }, 0],
    ['ConditionMet_False_ELQ: 1', { he: { ELQ: 1 } }, 0],
    ['ConditionMet_False_FAMs: SOF 2', { he: { ELQ: null }, fams: [['SOF', 2]] }, 0],
  ])('%s', (_n, c, n) => expect(heFindings(ELQ_01, '2021', c)).toHaveLength(n));
});
