// Writes docs/rule-table.md, the rule table of every bundled year, from the rule catalogue (the same as `ilr rules`).
// Run: npx tsx --require ./scripts/register-text-assets.cjs scripts/make-rule-table.ts
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ruleTableMarkdown } from '../src/core/rules/catalogue/rule-table';
import { years } from '../src/core/years/registry';

const out = join(__dirname, '..', 'docs', 'rule-table.md');
writeFileSync(out, ruleTableMarkdown([...years.codes()].reverse().map((c) => years.get(c))));
console.log(`wrote ${out}`);
