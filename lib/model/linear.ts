import type { SparseVector } from './features';
import { seededRandom, shuffleInPlace } from './rng';

export type LinearModel = { weights: Float32Array; bias: number };

export type LogisticOptions = {
  dim: number;
  epochs: number;
  /** AdaGrad base step */
  learningRate: number;
  /** L2 strength, applied to the weights an example touches (the usual sparse approximation) */
  l2: number;
  seed: number;
  /** weight of a positive example's loss relative to a negative one's (1 = unweighted) */
  positiveWeight?: number;
  /** return the mean of the weights at the end of each epoch of the second half (Polyak-style averaging) */
  average?: boolean;
};

export const sigmoid = (z: number) => (z >= 0 ? 1 / (1 + Math.exp(-z)) : Math.exp(z) / (1 + Math.exp(z)));

export function margin(model: LinearModel, x: SparseVector): number {
  let z = model.bias;
  const { indices, values } = x;
  const w = model.weights;
  for (let i = 0; i < indices.length; i++) z += w[indices[i]] * values[i];
  return z;
}

/**
 * L2-regularised logistic regression by AdaGrad over several epochs, visiting the examples in a
 * seeded shuffled order each epoch: the same data and seed give bit-identical weights.
 */
export function trainLogistic(xs: readonly SparseVector[], ys: ArrayLike<number>, opts: LogisticOptions): LinearModel {
  const w = new Float32Array(opts.dim);
  const g2 = new Float32Array(opts.dim);
  let bias = 0;
  let biasG2 = 0;
  const random = seededRandom(opts.seed);
  const order = new Uint32Array(xs.length);
  for (let i = 0; i < order.length; i++) order[i] = i;
  const eps = 1e-6;
  const posWeight = opts.positiveWeight ?? 1;
  const sum = opts.average ? new Float64Array(opts.dim) : null;
  const firstAveraged = Math.floor(opts.epochs / 2);
  let biasSum = 0;
  let averaged = 0;
  for (let epoch = 0; epoch < opts.epochs; epoch++) {
    shuffleInPlace(order, random);
    for (let o = 0; o < order.length; o++) {
      const n = order[o];
      const { indices, values } = xs[n];
      let z = bias;
      for (let i = 0; i < indices.length; i++) z += w[indices[i]] * values[i];
      const y = ys[n];
      const g = (sigmoid(z) - y) * (y === 1 ? posWeight : 1);
      for (let i = 0; i < indices.length; i++) {
        const j = indices[i];
        const gj = g * values[i] + opts.l2 * w[j];
        g2[j] += gj * gj;
        w[j] -= (opts.learningRate * gj) / (Math.sqrt(g2[j]) + eps);
      }
      biasG2 += g * g;
      bias -= (opts.learningRate * g) / (Math.sqrt(biasG2) + eps);
    }
    if (sum && epoch >= firstAveraged) {
      for (let j = 0; j < w.length; j++) if (w[j] !== 0) sum[j] += w[j];
      biasSum += bias; averaged++;
    }
  }
  if (sum && averaged > 0) {
    for (let j = 0; j < w.length; j++) w[j] = sum[j] / averaged;
    bias = biasSum / averaged;
  }
  return { weights: w, bias };
}

export type Platt = { a: number; b: number };

/**
 * Platt scaling: P(y=1 | s) = sigmoid(a·s + b), fitted by Newton's method on held-out margins with
 * Platt's smoothed targets (so a held-out part with no positives still gives a finite answer).
 */
export function fitPlatt(scores: ArrayLike<number>, ys: ArrayLike<number>): Platt {
  const n = scores.length;
  let pos = 0;
  for (let i = 0; i < n; i++) pos += ys[i];
  const neg = n - pos;
  const hi = (pos + 1) / (pos + 2);
  const lo = 1 / (neg + 2);
  let a = 1;
  let b = 0;
  for (let iter = 0; iter < 100; iter++) {
    let ga = 0, gb = 0, haa = 1e-9, hab = 0, hbb = 1e-9;
    for (let i = 0; i < n; i++) {
      const t = ys[i] ? hi : lo;
      const p = sigmoid(a * scores[i] + b);
      const d = p - t;
      const s = p * (1 - p);
      ga += d * scores[i]; gb += d;
      haa += s * scores[i] * scores[i]; hab += s * scores[i]; hbb += s;
    }
    const det = haa * hbb - hab * hab;
    if (Math.abs(det) < 1e-12) break;
    const da = (hbb * ga - hab * gb) / det;
    const db = (haa * gb - hab * ga) / det;
    a -= da; b -= db;
    if (Math.abs(da) < 1e-9 && Math.abs(db) < 1e-9) break;
  }
  return { a, b };
}

export const applyPlatt = (p: Platt, s: number) => sigmoid(p.a * s + p.b);
