/** Times a function: the median of `runs` runs after one warm-up, in milliseconds. */
export async function timeIt(runs: number, fn: () => unknown | Promise<unknown>): Promise<{ median: number; min: number }> {
  await fn();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    await fn();
    times.push(performance.now() - t0);
  }
  times.sort((a, b) => a - b);
  return { median: times[Math.floor(times.length / 2)]!, min: times[0]! };
}

export function mb(bytes: number): string {
  return `${(bytes / 1048576).toFixed(1)} MB`;
}

export function line(name: string, value: string): void {
  console.log(`${name.padEnd(58)} ${value}`);
}
