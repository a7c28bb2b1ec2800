import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

/** The folder of the product (where package.json and assets/ are), from wherever this code runs (source or bundle). */
export function productRoot(start: string = __dirname): string {
  let dir = start;
  for (;;) {
    const pkg = join(dir, 'package.json');
    if (existsSync(pkg) && JSON.parse(readFileSync(pkg, 'utf8')).name === 'ilr-workbench') return dir;
    const up = dirname(dir);
    if (up === dir) throw new Error('cannot find the ILR Workbench folder (package.json)');
    dir = up;
  }
}
