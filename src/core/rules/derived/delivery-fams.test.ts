import { recordFrom } from '../../model/build';
import { text } from '../../model/access';
import { AimFams, aimFams } from './delivery-fams';
import { perAim } from './probe-testing';

const aim = (pairs: [string, string][]) =>
  recordFrom('LearningDelivery', { AimSeqNumber: 1, LearningDeliveryFAM: pairs.map(([t, c]) => ({ LearnDelFAMType: t, LearnDelFAMCode: c })) });

describe('AimFams: an aim\'s FAMs by type', () => {
  const f = new AimFams(aim([['SOF', '105'], ['ldm', '034'], [' LDM ', '357'], ['FFI', '1'], ['LDM', '']]));

  it('groups by trimmed upper-case type, in file order', () => {
    expect(f.count('LDM')).toBe(3);
    expect(f.of('LDM').map((r) => text(r, 'LearnDelFAMCode'))).toEqual(['034', '357', undefined]);
    expect([...f.types()].sort()).toEqual(['FFI', 'LDM', 'SOF']);
    expect(f.of('ACT')).toEqual([]);
  });

  it('answers type and code questions ("34" = "034")', () => {
    expect(f.has('SOF')).toBe(true);
    expect(f.has('SOF', '107')).toBe(false);
    expect(f.has('SOF', '107', '105')).toBe(true);
    expect(f.has('LDM', '34')).toBe(true);
    expect(f.find('LDM', '357')).toBe(f.of('LDM')[1]);
    expect(f.matching('LDM', '034', '357')).toHaveLength(2);
    expect(f.other('LDM', '034')).toHaveLength(2);
    expect(f.other('SOF', '105')).toEqual([]);
  });

  it('is built once per learner and found for each aim', () => {
    const seen = perAim(
      { LearningDelivery: [{ AimSeqNumber: 1, LearningDeliveryFAM: [{ LearnDelFAMType: 'SOF', LearnDelFAMCode: '107' }] }, { AimSeqNumber: 2 }] },
      (learner, a, ctx) => [aimFams(ctx, learner, a).has('SOF', '107'), aimFams(ctx, learner, a) === aimFams(ctx, learner, a)],
    );
    expect(seen).toEqual([
      [true, true],
      [false, true],
    ]);
  });
});
