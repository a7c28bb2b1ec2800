// Steps with pass/fail counts for the browser test; each step's failure is reported and the run goes on where it can.
export class Harness {
  constructor() {
    this.passed = 0;
    this.failed = 0;
    this.failures = [];
  }

  async step(name, fn) {
    const t0 = Date.now();
    try {
      await fn();
      this.passed++;
      console.log(`ok   ${name} (${Date.now() - t0} ms)`);
      return true;
    } catch (e) {
      this.failed++;
      this.failures.push(name);
      console.log(`FAIL ${name}: ${e instanceof Error ? e.message.split('\n').slice(0, 6).join('\n     ') : String(e)}`);
      return false;
    }
  }

  summary() {
    return `${this.passed} passed, ${this.failed} failed`;
  }
}

export function assert(cond, message) {
  if (!cond) throw new Error(message);
}

export function assertEqual(actual, expected, message) {
  const a = JSON.stringify(actual);
  const e = JSON.stringify(expected);
  if (a !== e) throw new Error(`${message}: expected ${e}, got ${a}`);
}
