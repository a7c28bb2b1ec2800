import { heFindings, type HeCase } from './he-testing';
import { UCASSCHEMECODE_01 } from './UCASSCHEMECODE_01';

const ucas = { LearnerHE: [{ UCASPERID: '1234567899' }] };

describe('UCASSCHEMECODE_01: a UCAS personal ID needs the UCAS scheme code', () => {
  it.each<[string, HeCase, number]>([
    ['UCASPERID, no scheme code', { learner: ucas, he: { UCASSCHEMECODE: null } }, 1],
    ['UCASPERID, no scheme code, started 2013-08-01 (boundary)', { learner: ucas, he: { UCASSCHEMECODE: null }, aim: { LearnStartDate: '2013-08-01' } }, 1],
    ['UCASPERID, no scheme code, started 2013-07-31', { learner: ucas, he: { UCASSCHEMECODE: null }, aim: { LearnStartDate: '2013-07-31' } }, 0],
    ['UCASPERID, scheme code', { learner: ucas }, 0],
    ['LearnerHE without UCASPERID, no scheme code', { learner: { LearnerHE: [{ TTACCOM: 1 }] }, he: { UCASSCHEMECODE: null } }, 0],
    ['no LearnerHE, no scheme code', { he: { UCASSCHEMECODE: null } }, 0],
    ['UCASPERID, no HE record', { learner: ucas, he: null }, 0],
  ])('%s', (_n, c, n) => {
    const f = heFindings(UCASSCHEMECODE_01, '2526', c);
    expect(f).toHaveLength(n);
    if (n) expect(f[0]).toMatchObject({ rule: 'UCASSCHEMECODE_01', field: 'UCASSCHEMECODE', aimSeqNumber: '1' });
  });

  it('does not exist in 2020-21 (UCASAPPID_01 there)', () => expect(heFindings(UCASSCHEMECODE_01, '2021', { learner: ucas, he: { UCASAPPID: null } })).toEqual([]));
});
