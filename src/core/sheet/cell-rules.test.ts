import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { CELL_RULE_IDS } from './cell-rules';

describe('CELL_RULE_IDS', () => {
  it('names every Cell_* ID the readers report (so --disable accepts each)', () => {
    const dirs = [__dirname, join(__dirname, '../../taskpane/app')];
    const used = new Set<string>();
    for (const dir of dirs) {
      for (const f of readdirSync(dir)) {
        if (!f.endsWith('.ts') || f.endsWith('.test.ts')) continue;
        for (const m of readFileSync(join(dir, f), 'utf8').matchAll(/'(Cell_[A-Za-z]+)'/g)) used.add(m[1]!);
      }
    }
    expect(used.size).toBeGreaterThan(5);
    expect([...used].filter((id) => !CELL_RULE_IDS.includes(id))).toEqual([]);
  });
});
