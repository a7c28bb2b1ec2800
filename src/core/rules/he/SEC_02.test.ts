import { heFindings, type HeCase } from './he-testing';
import { SEC_02 } from './SEC_02';

describe('SEC_02: a UCAS entrant from the British Isles returns SEC', () => {
  it.each<[string, HeCase, number]>([
    ['XF, UCAS code, no SEC', { he: { SEC: null } }, 1],
    ['XK, UCAS code, no SEC, started 2013-08-01 (boundary)', { he: { SEC: null, PERMADDCOUNTRY: 'XK' }, aim: { LearnStartDate: '2013-08-01' } }, 1],
    ['XF, UCAS code, no SEC, started 2013-07-31', { he: { SEC: null }, aim: { LearnStartDate: '2013-07-31' } }, 0],
    ['XF, no UCAS code, no SEC', { he: { SEC: null, UCASSCHEMECODE: null } }, 0],
    ['FR, UCAS code, no SEC', { he: { SEC: null, PERMADDCOUNTRY: 'FR' } }, 0],
    ['no country, UCAS code, no SEC', { he: { SEC: null, PERMADDCOUNTRY: null } }, 0],
    ['XF, UCAS code, SEC 9', { he: { SEC: 9 } }, 0],
  ])('%s', (_n, c, n) => {
    const f = heFindings(SEC_02, '2526', c);
    expect(f).toHaveLength(n);
    if (n) expect(f[0]).toMatchObject({ rule: 'SEC_02', field: 'SEC', aimSeqNumber: '1' });
  });
});

describe('2020-21 (ESFA 2020-21 service cases)', () => {
  const aim = { LearnStartDate: '2018-01-01' };
  it.each<[string, HeCase, number]>([
    ['ConditionMet_True: XF', { aim, he: { UCASAPPID: 'ABC', DOMICILE: 'XF', SEC: null } }, 1],
    ['ConditionMet_True: XG', { aim, he: { UCASAPPID: 'ABC', DOMICILE: 'XG', SEC: null } }, 1],
    ['ConditionMet_True: XH', { aim, he: { UCASAPPID: 'ABC', DOMICILE: 'XH', SEC: null } }, 1],
    ['ConditionMet_True: XI', { aim, he: { UCASAPPID: 'ABC', DOMICILE: 'XI', SEC: null } }, 1],
    ['ConditionMet_True: XK', { aim, he: { UCASAPPID: 'ABC', DOMICILE: 'XK', SEC: null } }, 1],
    ['ValidateNoError: SEC 1', { aim, he: { UCASAPPID: 'ABC', DOMICILE: 'XF', SEC: 1 } }, 0],
    ['ConditionMet_False_LearnStartDate: 2013-07-31', { aim: { LearnStartDate: '2013-07-31' }, he: { UCASAPPID: 'ABC', DOMICILE: 'XF', SEC: null } }, 0],
    ['ConditionMet_False_UCASAPPID: null', { aim, he: { UCASAPPID: null, DOMICILE: 'XF', SEC: null } }, 0],
  ])('%s', (_n, c, n) => expect(heFindings(SEC_02, '2021', c)).toHaveLength(n));
});
