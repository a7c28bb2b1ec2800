import type { Pairs } from './fam-testing';
import { esfaTable, famTable } from './fam-testing';
import { LearnDelFAMType_77 } from './LearnDelFAMType_77';

const dam = (n: number): Pairs => Array.from({ length: n }, (_v, i) => ['DAM', String(i + 1).padStart(3, '0')] as const);

describe('LearnDelFAMType_77: at most six DAM', () => {
  famTable(LearnDelFAMType_77, [
    ['seven DAM', {}, dam(7), 1, 'LearnDelFAMType'],
    ['six DAM', {}, dam(6), 0],
    ['six DAM and an LDM', {}, [...dam(6), ['LDM', '034']], 0],
  ]);
});

describe('2020-21 (ESFA 2020-21 service cases)', () => {
  // From LearnDelFAMType_77RuleTests.
  esfaTable(LearnDelFAMType_77, [
    ['ValidationFails', {}, dam(7), 1],
    ['ValidationPasses', {}, dam(6), 0],
  ]);
});
