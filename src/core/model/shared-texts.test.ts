import { SharedTexts } from './shared-texts';

describe('SharedTexts', () => {
  it('gives one string per repeated value of a field, until the field has more distinct values than the limit', () => {
    const s = new SharedTexts(2);
    const a = s.text('CompStatus', 'x'.repeat(20).slice(0, 15));
    expect(s.text('CompStatus', 'x'.repeat(15))).toBe(a);
    expect(s.text('CompStatus', 'y')).toBe('y');
    // the third distinct value switches sharing off for the field; texts are still returned unchanged
    expect(s.text('CompStatus', 'z')).toBe('z');
    expect(s.text('CompStatus', 'q')).toBe('q');
    expect(s.text('Outcome', '1')).toBe('1');
  });
});
