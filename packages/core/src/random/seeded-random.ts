/**
 * A seeded pseudo-random generator (mulberry32): the same numbers in [0, 1) for the same seed, so that
 * benchmarks, generated samples and test corpora are the same on every run. Never for anything secret.
 */
export function seededRandom(seed: number): () => number {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
