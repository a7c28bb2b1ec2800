import type { Pairs } from './fam-testing';
import { esfaTable, famTable } from './fam-testing';
import { LearnDelFAMType_31 } from './LearnDelFAMType_31';

const ldm = (n: number): Pairs => Array.from({ length: n }, (_v, i) => ['LDM', String(340 + i)] as const);

describe('LearnDelFAMType_31: at most six LDM', () => {
  famTable(LearnDelFAMType_31, [
    ['seven LDM', {}, ldm(7), 1, 'LearnDelFAMType'],
    ['eight LDM: one finding', {}, ldm(8), 1],
    ['six LDM', {}, ldm(6), 0],
    ['six LDM and a SOF', {}, [...ldm(6), ['SOF', '105']], 0],
  ]);
});

describe('2020-21 (ESFA 2020-21 service cases)', () => {
  // From LearnDelFAMType_31RuleTests.
  esfaTable(LearnDelFAMType_31, [
    ['ValidationFails', {}, ldm(7), 1],
    ['ValidationPasses', {}, ldm(6), 0],
  ]);
});
