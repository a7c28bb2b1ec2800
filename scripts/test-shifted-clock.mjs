// Runs the unit and integration tests (jest) once more with the clock moved far from today, with Debian's faketime
// (LD_PRELOAD libfaketime: it moves Date, the clock the CLI and every child process see, and leaves timers running).
// A test that passes only on the day it was written fails here. `.ci/run` installs faketime.
//
//   node scripts/test-shifted-clock.mjs [jest args…]        clock: ILR_TEST_CLOCK, default below
import { spawnSync } from 'node:child_process';

// UTC. 23:30 on 31 July is 00:30 on 1 August in the UK (BST): a new collection year has begun in the UK but not in
// UTC, so a date taken in UTC where the UK's was meant shows up here as well.
const clock = process.env.ILR_TEST_CLOCK ?? '2031-07-31 23:30:00';

// When this runs under faketime already (CI may shift the whole run's clock that way), the faketime wrapper would
// compute its offset from the shifted "now" and land somewhere else: drop the outer libfaketime settings first.
const env = Object.fromEntries(Object.entries(process.env).filter(([k]) => k !== 'LD_PRELOAD' && !k.startsWith('FAKETIME') && k !== 'DONT_FAKE_MONOTONIC'));

const probe = spawnSync('faketime', [clock, process.execPath, '-e', 'process.stdout.write(new Date().toISOString())'], { encoding: 'utf8', env });
if (probe.error) {
  console.error(`test-shifted-clock: faketime could not run (${probe.error.message}); install it with: apt-get install -y faketime`);
  process.exit(1);
}
const seen = probe.stdout.trim();
if (!seen.startsWith(clock.slice(0, 10))) {
  console.error(`test-shifted-clock: faketime did not move the clock (asked for ${clock}, node saw ${seen || probe.stderr.trim()})`);
  process.exit(1);
}
console.log(`test-shifted-clock: jest with the clock at ${seen} (UTC)`);
const r = spawnSync('faketime', [clock, process.execPath, 'node_modules/jest/bin/jest.js', ...process.argv.slice(2)], { stdio: 'inherit', env: { ...env, TZ: 'UTC' } });
process.exit(r.status ?? 1);
