/** A small seeded generator (mulberry32): the same seed plays the same platform, on any machine. */
export type Rng = {
  next: () => number;
  int: (min: number, max: number) => number;
  pick: <T>(items: readonly T[]) => T;
  chance: (p: number) => boolean;
  /** A Poisson draw (Knuth; fine for the small means used here). */
  poisson: (mean: number) => number;
};

export function createRng(seed: number): Rng {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (min: number, max: number) => min + Math.floor(next() * (max - min + 1));
  return {
    next,
    int,
    pick: (items) => items[Math.floor(next() * items.length)],
    chance: (p) => next() < p,
    poisson: (mean) => {
      const limit = Math.exp(-Math.min(mean, 50));
      let k = 0;
      let p = 1;
      do { k++; p *= next(); } while (p > limit);
      return k - 1;
    },
  };
}
