import { recordFrom } from './build';
import { date, int, text } from './access';

describe('reading values (parsed once per distinct text)', () => {
  const rec = recordFrom('LearningDelivery', { A: '25', B: ' 25 ', C: '2.5', D: '', E: '   ', F: '\u00a0', G: '2025-09-01', H: '2025-09-01T10:00:00', I: 'not a date', J: '+7', K: '-3', L: '007', M: '123456789', N: '12345678901', O: ' 2025-09-01', P: '2025-9-01', Q: '2025-09-0a' });
  it.each([
    ['A', '25', 25, undefined],
    ['B', ' 25 ', 25, undefined],
    ['C', '2.5', undefined, undefined],
    ['D', undefined, undefined, undefined],
    ['E', undefined, undefined, undefined],
    ['F', undefined, undefined, undefined],
    ['G', '2025-09-01', undefined, '2025-09-01'],
    ['H', '2025-09-01T10:00:00', undefined, '2025-09-01'],
    ['I', 'not a date', undefined, undefined],
    ['J', '+7', 7, undefined],
    ['K', '-3', -3, undefined],
    ['L', '007', 7, undefined],
    ['M', '123456789', 123456789, undefined],
    ['N', '12345678901', 12345678901, undefined],
    ['O', ' 2025-09-01', undefined, '2025-09-01'],
    ['P', '2025-9-01', undefined, undefined],
    ['Q', '2025-09-0a', undefined, undefined],
    ['missing', undefined, undefined, undefined],
  ])('%s', (field, t, n, d) => {
    // twice: the second read comes from the cache and must agree
    for (let i = 0; i < 2; i++) {
      expect(text(rec, field)).toBe(t);
      expect(int(rec, field)).toBe(n);
      expect(date(rec, field)).toBe(d);
    }
  });
});
