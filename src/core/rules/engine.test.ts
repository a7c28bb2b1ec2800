import { deliveries, kids } from '../model/access';
import { messageFrom } from '../model/build';
import { years } from '../years/registry';
import { learnerDerived, messageDerived } from './derived/define';
import { RULE_FAILED, sortFindings } from './engine';
import { resolveRule } from './resolve';
import { runDefinitions } from './testing';
import type { Finding, LearnerRule, MessageRule, RuleDefinition } from './types';

const learner = (ref: string, aims = 0) => ({
  LearnRefNumber: ref,
  ULN: '1061484938',
  LearningDelivery: Array.from({ length: aims }, (_, i) => ({ AimSeqNumber: i + 1, LearnAimRef: `Z000000${i}` })),
});
const msg = (year = '2526') => messageFrom(year, { Learner: [learner('L1', 2), learner('L2'), learner('L3')] });

const meta = { severity: 'error' as const, message: 'm', description: '', entity: 'Learner', fields: [], needs: 'self' as const, group: 'test' };

describe('runRules', () => {
  it('keeps going when a rule throws: reports it once, skips it, runs the others', () => {
    let calls = 0;
    const broken: LearnerRule = {
      ...meta,
      id: 'BROKEN_01',
      scope: 'learner',
      check() {
        calls++;
        throw new Error('boom');
      },
    };
    const fine: LearnerRule = { ...meta, id: 'FINE_01', scope: 'learner', check: (l, ctx) => ctx.report(l) };
    const f = runDefinitions(msg(), [broken, fine], { asOf: '2025-10-01' });
    expect(calls).toBe(1);
    expect(f.filter((x) => x.rule === 'FINE_01')).toHaveLength(3);
    const failed = f.filter((x) => x.rule === RULE_FAILED);
    expect(failed).toHaveLength(1);
    expect(failed[0]).toMatchObject({ severity: 'warning', learnRefNumber: 'L1' });
    expect(failed[0]!.message).toMatch(/could not run rule BROKEN_01 .*boom/);
  });

  it('switches rules off by ID (of any year) or group, and honours years and appliesTo', () => {
    const mk = (id: string, group: string, extra: Partial<MessageRule> = {}): MessageRule => ({
      ...meta,
      id,
      group,
      scope: 'message',
      check: (m, ctx) => ctx.report(m.root),
      ...extra,
    });
    const rules = [mk('A_01', 'g1'), mk('B_01', 'g2'), mk('C_01', 'g2'), mk('D_01', 'g3', { appliesTo: () => false }), mk('E_01', 'g3', { years: { to: '2021' } })];
    expect(runDefinitions(msg(), rules, { asOf: '2025-10-01' }).map((f) => f.rule)).toEqual(['A_01', 'B_01', 'C_01']);
    expect(runDefinitions(msg('2021'), rules, { asOf: '2020-10-01' }).map((f) => f.rule)).toEqual(['A_01', 'B_01', 'C_01', 'E_01']);
    expect(runDefinitions(msg(), rules, { asOf: '2025-10-01', disabled: ['g2'] }).map((f) => f.rule)).toEqual(['A_01']);
    expect(runDefinitions(msg(), rules, { asOf: '2025-10-01', disabled: ['A_01', 'C_01'] }).map((f) => f.rule)).toEqual(['B_01']);
    // R_06 is R06 in 2020-21: either ID switches it off in either year
    const dup = mk('R_06', 'duplicates');
    expect(runDefinitions(msg('2021'), [dup], { asOf: '2020-10-01' }).map((f) => f.rule)).toEqual(['R06']);
    expect(runDefinitions(msg('2021'), [dup], { asOf: '2020-10-01', disabled: ['R_06'] })).toEqual([]);
    expect(runDefinitions(msg(), [dup], { asOf: '2025-10-01', disabled: ['R06'] })).toEqual([]);
  });

  it('computes a derived value once per run (message) or once per learner, whichever rules ask', () => {
    let messageComputed = 0;
    let learnerComputed = 0;
    const COUNT = messageDerived('count', (m) => {
      messageComputed++;
      return kids(m.root, 'Learner').length;
    });
    const AIMS = learnerDerived('aims', (l) => {
      learnerComputed++;
      return deliveries(l).length;
    });
    const seen: string[] = [];
    const ask = (id: string): LearnerRule => ({
      ...meta,
      id,
      scope: 'learner',
      check: (l, ctx) => void seen.push(`${id}:${ctx.get(COUNT)}:${ctx.get(AIMS, l)}`),
    });
    const fromMessage: MessageRule = {
      ...meta,
      id: 'M_01',
      scope: 'message',
      check: (m, ctx) => void seen.push(`M:${kids(m.root, 'Learner').map((l) => ctx.get(AIMS, l)).join(',')}`),
    };
    runDefinitions(msg(), [ask('A'), ask('B'), fromMessage], { asOf: '2025-10-01' });
    // learners are checked in chunks, rule by rule: A over the learners, then B over them (each learner's value kept meanwhile)
    expect(seen).toEqual(['A:3:2', 'A:3:0', 'A:3:0', 'B:3:2', 'B:3:0', 'B:3:0', 'M:2,0,0']);
    expect(messageComputed).toBe(1);
    // once per learner while its rules run, and once more per learner for the message rule that asks about every learner
    expect(learnerComputed).toBe(6);
  });

  it('fills a finding from the record and field: value, cell, learner, aim, and the cells it is related to', () => {
    const m = msg();
    const l1 = kids(m.root, 'Learner')[0]!;
    const [a1, a2] = deliveries(l1);
    a1!.fields.LearnAimRef!.loc = { sheet: 'LearningDelivery', cell: 'C2' };
    a2!.fields.LearnAimRef!.loc = { sheet: 'LearningDelivery', cell: 'C3' };
    const rule: MessageRule = {
      ...meta,
      id: 'X_01',
      scope: 'message',
      check: (_m, ctx) => ctx.report(a1!, 'LearnAimRef', { learner: l1, related: [{ record: a2!, field: 'LearnAimRef', learner: l1 }] }),
    };
    expect(runDefinitions(m, [rule], { asOf: '2025-10-01' })).toEqual([
      {
        rule: 'X_01',
        severity: 'error',
        message: 'm',
        entity: 'LearningDelivery',
        field: 'LearnAimRef',
        value: 'Z0000000',
        location: { sheet: 'LearningDelivery', cell: 'C2' },
        learnRefNumber: 'L1',
        aimSeqNumber: '1',
        related: [{ entity: 'LearningDelivery', field: 'LearnAimRef', value: 'Z0000001', location: { sheet: 'LearningDelivery', cell: 'C3' }, learnRefNumber: 'L1', aimSeqNumber: '2' }],
      },
    ]);
  });

  it('sorts errors, then warnings, then advice', () => {
    const sorted = sortFindings([
      { rule: 'B', severity: 'advice', message: '', entity: 'x' },
      { rule: 'Z', severity: 'error', message: '', entity: 'x' },
      { rule: 'A', severity: 'warning', message: '', entity: 'x' },
      { rule: 'A', severity: 'error', message: '', entity: 'x' },
    ]);
    expect(sorted.map((f) => `${f.severity} ${f.rule}`)).toEqual(['error A', 'error Z', 'warning A', 'advice B']);
  });

  it('sorts as the localeCompare comparator does (rule, then learner), keeping the order of ties', () => {
    const rules = ['R_06', 'R06', 'r06', 'ULN_02', 'Uln_02', 'FD_ULN_AP', 'LearnDelFAMType_04', 'LearnDelFAMType_104', 'ÄD_01'];
    const refs = [undefined, '', 'L1', 'l1', 'L10', 'L2', 'b000000001', 'B000000001', 'L 1', 'L-1'];
    const severities = ['error', 'warning', 'advice'] as const;
    let seed = 7;
    const next = (n: number) => (seed = (seed * 1103515245 + 12345) % 2147483648) % n;
    const findings: Finding[] = Array.from({ length: 2000 }, (_, i) => {
      const ref = refs[next(refs.length)];
      return { rule: rules[next(rules.length)]!, severity: severities[next(3)]!, message: String(i), entity: 'x', ...(ref !== undefined ? { learnRefNumber: ref } : {}) };
    });
    const order: Record<string, number> = { error: 0, warning: 1, advice: 2 };
    const expected = [...findings].sort(
      (a, b) => order[a.severity]! - order[b.severity]! || a.rule.localeCompare(b.rule) || (a.learnRefNumber ?? '').localeCompare(b.learnRefNumber ?? ''),
    );
    expect(sortFindings([...findings]).map((f) => f.message)).toEqual(expected.map((f) => f.message));
  });
});

describe('variants: a rule as it is in each year', () => {
  const def: RuleDefinition = {
    ...meta,
    id: 'V_01',
    scope: 'learner',
    check: (l, ctx) => ctx.report(l, 'ULN', { message: 'new condition' }),
    variants: [{ years: { to: '2021' }, id: 'V01', severity: 'warning', message: 'old message', check: (l, ctx) => ctx.report(l, 'LearnRefNumber'), why: 'the 2020-21 service differed' }],
  };

  it('takes the ID, severity, message and condition of the variant for its years', () => {
    const old = resolveRule(def, years.get('2021'))!;
    expect(old).toMatchObject({ id: 'V01', severity: 'warning', message: 'old message', key: 'V_01', ids: ['V01', 'V_01'] });
    expect(old.description).toMatch(/In 2020-21 and before: the 2020-21 service differed/);
    const now = resolveRule(def, years.get('2526'))!;
    expect(now).toMatchObject({ id: 'V_01', severity: 'error', message: 'm', ids: ['V_01', 'V01'] });
    expect(runDefinitions(msg('2021'), [def], { asOf: '2020-10-01' })[0]).toMatchObject({ rule: 'V01', severity: 'warning', message: 'old message', field: 'LearnRefNumber' });
    expect(runDefinitions(msg(), [def], { asOf: '2025-10-01' })[0]).toMatchObject({ rule: 'V_01', severity: 'error', message: 'new condition', field: 'ULN' });
  });

  it("takes another year's ID from that year's official list (R_06 was R06 in 2020-21)", () => {
    const r06: RuleDefinition = { ...meta, id: 'R_06', scope: 'learner', check: () => undefined };
    expect(resolveRule(r06, years.get('2021'))!.id).toBe('R06');
    expect(resolveRule(r06, years.get('2526'))!.id).toBe('R_06');
  });
});
