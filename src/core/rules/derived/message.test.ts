import { messageFrom } from '../../model/build';
import { setField } from '../../model/record';
import { years } from '../../years/registry';
import { runDefinitions as runRules } from '../testing';
import type { MessageRule } from '../types';
import { filePreparationDate, januaryFirst } from './message';

/** A probe rule that reports what the derived values are. */
const probe = (): { rule: MessageRule; seen: string[] } => {
  const seen: string[] = [];
  const rule: MessageRule = {
    id: 'PROBE', severity: 'advice', message: 'probe', description: '', entity: 'Message', fields: [], needs: 'self', group: 'test', scope: 'message',
    check(msg, ctx) {
      seen.push(String(ctx.message === msg), filePreparationDate(ctx));
    },
  };
  return { rule, seen };
};

describe('derived message values', () => {
  it('gives rules the message and its file preparation date', () => {
    const { rule, seen } = probe();
    runRules(messageFrom('2526', { filePreparationDate: '2026-01-15' }), [rule], { asOf: '2026-03-01' });
    expect(seen).toEqual(['true', '2026-01-15']);
  });

  it('falls back to the as-of date when the header has no usable file preparation date', () => {
    const { rule, seen } = probe();
    const msg = messageFrom('2526', {});
    const cd = msg.root.children['Header']![0]!.children['CollectionDetails']![0]!;
    setField(cd, 'FilePreparationDate', 'not a date');
    runRules(msg, [rule], { asOf: '2026-03-01' });
    expect(seen[1]).toBe('2026-03-01');
  });

  it('knows 1 January of the teaching year', () => {
    expect(januaryFirst(years.get('2526'))).toBe('2026-01-01');
    expect(januaryFirst(years.get('2021'))).toBe('2021-01-01');
  });
});
