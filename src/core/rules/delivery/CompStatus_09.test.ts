import { aimFindings } from './delivery-testing';
import { CompStatus_09 } from './CompStatus_09';

describe('CompStatus_09 (warning): Skills Bootcamp event aims are completed', () => {
  it.each([
    ['Z0059747 continuing', 'Z0059747', 1, 1],
    ['Z0059749 completed', 'Z0059749', 2, 0],
    ['another aim continuing', '60146394', 1, 0],
  ])('%s', (_n, ref, cs, n) => {
    const f = aimFindings(CompStatus_09, { LearnAimRef: ref, CompStatus: cs, LearnActEndDate: cs === 1 ? null : '2026-01-10' });
    expect(f).toHaveLength(n);
    if (n) expect(f[0]!.severity).toBe('warning');
  });
});
