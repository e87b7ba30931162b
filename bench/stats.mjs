/** The p-th percentile (0–100) of a list of numbers. */
export function percentile(values, p) {
  const sorted = [...values].sort((a, b) => a - b);
  const index = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[index];
}

/** Times `fn` `count` times after `warmup` untimed runs; returns milliseconds per run. */
export async function sample(fn, count, warmup = 20) {
  for (let i = 0; i < warmup; i++) await fn();
  const times = [];
  for (let i = 0; i < count; i++) {
    const start = performance.now();
    await fn();
    times.push(performance.now() - start);
  }
  return times;
}

/** Rounds for printing. */
export const round = (n, digits = 3) => Number(n.toFixed(digits));
