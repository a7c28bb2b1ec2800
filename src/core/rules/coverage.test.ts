import { describeCoverage, describeIncompleteLists } from './coverage';

describe('the coverage sentence', () => {
  const base = { listYear: '2526', official: 839, ran: 642, needsReferenceData: 196, notImplemented: 1, switchedOff: 0 };
  it('counts in words, singular where one', () => {
    expect(describeCoverage(base)).toBe(
      'Of the 839 official 2025-26 rules, 642 were run; 196 need reference data ILR Workbench does not have, 1 is not implemented yet: those 197 were not run, and are not passed.',
    );
    expect(describeCoverage({ ...base, needsReferenceData: 0, notImplemented: 0, switchedOff: 1, ran: 1 })).toBe(
      'Of the 839 official 2025-26 rules, 1 was run; 0 need reference data ILR Workbench does not have, 0 are not implemented yet, 1 was switched off: that one was not run, and is not passed.',
    );
  });

  it('names the incomplete code lists with how many codes are known', () => {
    expect(describeIncompleteLists([{ key: 'LearnDelFAMType:SOF', known: 19 }, { key: 'LearnFAMType:EMH', known: 0 }, { key: 'X', known: 1 }])).toBe(
      'LearnDelFAMType:SOF (19 codes known), LearnFAMType:EMH (no codes known), X (1 code known)',
    );
  });
});
