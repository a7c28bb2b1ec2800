import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { years } from '../../years/registry';
import { ruleTableMarkdown } from './rule-table';

describe('docs/rule-table.md', () => {
  it('is the catalogue as it is now (regenerate with: npx tsx --require ./scripts/register-text-assets.cjs scripts/make-rule-table.ts)', () => {
    const doc = readFileSync(join(__dirname, '..', '..', '..', '..', 'docs', 'rule-table.md'), 'utf8');
    expect(doc).toBe(ruleTableMarkdown([...years.codes()].reverse().map((c) => years.get(c))));
  });
});
