import { messageFrom } from '../model/build';
import { RULE_FAILED, runRules, sortFindings } from './engine';
import type { LearnerRule, Rule } from './types';

const learner = (ref: string) => ({ LearnRefNumber: ref, ULN: '1061484938', LearningDelivery: [] });
const msg = () => messageFrom('2526', { Learner: [learner('L1'), learner('L2'), learner('L3')] });

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
    const fine: LearnerRule = { ...meta, id: 'FINE_01', scope: 'learner', check: (_l, ctx) => ctx.report({ entity: 'Learner' }) };
    const f = runRules(msg(), [broken, fine], { asOf: '2025-10-01' });
    expect(calls).toBe(1);
    expect(f.filter((x) => x.rule === 'FINE_01')).toHaveLength(3);
    const failed = f.filter((x) => x.rule === RULE_FAILED);
    expect(failed).toHaveLength(1);
    expect(failed[0]).toMatchObject({ severity: 'warning', learnRefNumber: 'L1' });
    expect(failed[0]!.message).toMatch(/could not run rule BROKEN_01 .*boom/);
  });

  it('switches rules off by ID or group and honours appliesTo', () => {
    const mk = (id: string, group: string, applies = true): Rule => ({
      ...meta,
      id,
      group,
      scope: 'message',
      appliesTo: () => applies,
      check: (_m, ctx) => ctx.report({ entity: 'Message' }),
    });
    const rules = [mk('A_01', 'g1'), mk('B_01', 'g2'), mk('C_01', 'g2'), mk('D_01', 'g3', false)];
    expect(runRules(msg(), rules, { asOf: '2025-10-01' }).map((f) => f.rule)).toEqual(['A_01', 'B_01', 'C_01']);
    expect(runRules(msg(), rules, { asOf: '2025-10-01', disabled: ['g2'] }).map((f) => f.rule)).toEqual(['A_01']);
    expect(runRules(msg(), rules, { asOf: '2025-10-01', disabled: ['A_01', 'C_01'] }).map((f) => f.rule)).toEqual(['B_01']);
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
});
