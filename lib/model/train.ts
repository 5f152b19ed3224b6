import type { ModelMetrics, TrainingExample } from './index';
import { LinearClassifier, type ModelState } from './classifier';
import { DEFAULT_FEATURES, Featurizer, type FeatureConfig, type SparseVector } from './features';
import { fitPlatt, margin, trainLogistic, type LinearModel } from './linear';
import { computeMetrics } from './metrics';
import { normalizeText } from './normalize';
import { seededRandom, shuffleInPlace } from './rng';

export type Hyper = {
  features: FeatureConfig;
  epochs: number;
  learningRate: number;
  l2: number;
  categoryBits: number;
  vocabularySize: number;
  /** NB-LR: scale each feature by its log-count ratio before the regression (Wang & Manning 2012) */
  naiveBayes: boolean;
  /** the word segmenter when `features.words` (experiments only: ./words.ts) */
  segment?: (text: string) => string[];
  /** average the weights over the second half of the epochs */
  average: boolean;
  /** after calibrating on the held-out part, fit the weights again on every example (calibration kept) */
  refit: boolean;
};

export const DEFAULT_HYPER: Hyper = {
  features: DEFAULT_FEATURES,
  epochs: 12,
  learningRate: 0.2,
  l2: 1e-5,
  categoryBits: 17,
  vocabularySize: 20_000,
  naiveBayes: true,
  refit: true,
  average: false,
};

/** Stratified by verdict: each verdict gives the same share to the held-out part. */
function split(examples: readonly TrainingExample[], fraction: number, seed: number) {
  const random = seededRandom(seed ^ 0x9e3779b9);
  const fit: number[] = [];
  const held: number[] = [];
  for (const verdict of [false, true]) {
    const ids = examples.flatMap((e, i) => (e.violation === verdict ? [i] : []));
    shuffleInPlace(ids, random);
    const h = ids.length >= 2 ? Math.min(ids.length - 1, Math.round(ids.length * fraction)) : 0;
    held.push(...ids.slice(0, h));
    fit.push(...ids.slice(h));
  }
  return { fit: fit.sort((a, b) => a - b), held: held.sort((a, b) => a - b) };
}

function fold(x: SparseVector, mask: number): SparseVector {
  const m = new Map<number, number>();
  for (let i = 0; i < x.indices.length; i++) { const j = x.indices[i] & mask; m.set(j, (m.get(j) ?? 0) + x.values[i]); }
  const indices = Uint32Array.from(m.keys());
  return { indices, values: Float32Array.from(indices, (j) => m.get(j)!) };
}

export function train(
  examples: readonly TrainingExample[],
  opts: { seed?: number; holdoutFraction?: number },
  hyper: Hyper = DEFAULT_HYPER,
): { classifier: LinearClassifier; metrics: ModelMetrics } {
  const seed = opts.seed ?? 1;
  const holdoutFraction = Math.min(0.9, Math.max(0, opts.holdoutFraction ?? 0.2));
  const featurizer = new Featurizer(hyper.features, hyper.segment);
  const normalized = examples.map((e) => normalizeText(e.text));
  const xs = normalized.map((t) => featurizer.vector(t));
  const { fit, held } = split(examples, holdoutFraction, seed);
  // With too few examples to hold any out, calibration falls back to the training part itself.
  const calibrate = held.length > 0 ? held : fit;

  const logistic = (ys: Float32Array, s: number, dim: number, points: SparseVector[]) =>
    trainLogistic(points, ys, { dim, epochs: hyper.epochs, learningRate: hyper.learningRate, l2: hyper.l2, seed: s, average: hyper.average });
  const label = (i: number) => (examples[i].violation ? 1 : 0);
  const fitBinary = (ids: number[]) => {
    if (!hyper.naiveBayes) return logistic(Float32Array.from(ids, label), seed, featurizer.dim, ids.map((i) => xs[i]));
    const r = logCountRatio(ids.map((i) => xs[i]), ids.map(label), featurizer.dim);
    const scaled = ids.map((i) => ({ indices: xs[i].indices, values: xs[i].values.map((v, k) => v * r[xs[i].indices[k]]) }));
    const model = logistic(Float32Array.from(ids, label), seed, featurizer.dim, scaled);
    for (let j = 0; j < featurizer.dim; j++) model.weights[j] *= r[j]; // fold the scaling into the weights
    return model;
  };
  let binary = fitBinary(fit);
  const binaryPlatt = fitPlatt(calibrate.map((i) => margin(binary, xs[i])), calibrate.map(label));
  const heldOutBinary = binary;
  if (hyper.refit && held.length > 0) binary = fitBinary(examples.map((_, i) => i));

  const categories = [...new Set(examples.flatMap((e) => (e.violation && e.categoryId ? [e.categoryId] : [])))].sort();
  const k = categories.length;
  const categoryDim = 2 ** hyper.categoryBits;
  const folded = k > 0 ? xs.map((x) => fold(x, categoryDim - 1)) : [];
  const isCategory = (i: number, c: number) => (examples[i].violation && examples[i].categoryId === categories[c] ? 1 : 0);
  const fitCategories = (ids: number[]) => {
    const weights = new Float32Array(categoryDim * k);
    const biases = new Float32Array(k);
    const heads: LinearModel[] = [];
    for (let c = 0; c < k; c++) {
      const head = logistic(Float32Array.from(ids, (i) => isCategory(i, c)), seed + 1 + c, categoryDim, ids.map((i) => folded[i]));
      for (let j = 0; j < categoryDim; j++) weights[j * k + c] = head.weights[j];
      biases[c] = head.bias;
      heads.push(head);
    }
    return { weights, biases, heads };
  };
  const heldOutCategories = fitCategories(fit);
  const categoryPlatt = heldOutCategories.heads.map((head, c) =>
    fitPlatt(calibrate.map((i) => margin(head, folded[i])), calibrate.map((i) => isCategory(i, c))));
  const finalCategories = hyper.refit && held.length > 0 && k > 0 ? fitCategories(examples.map((_, i) => i)) : heldOutCategories;

  const state: ModelState = {
    algorithm: `${hyper.naiveBayes ? 'NB-weighted ' : ''}logistic regression (AdaGrad, L2) over hashed char ${hyper.features.charMin}-${hyper.features.charMax}-grams${hyper.features.words ? ' + jieba words' : ''}, 2^${hyper.features.bits} buckets, Platt-calibrated`,
    features: hyper.features,
    trainedOn: binary === heldOutBinary ? fit.length : examples.length,
    categories,
    binary,
    binaryPlatt,
    categoryBits: hyper.categoryBits,
    categoryWeights: finalCategories.weights,
    categoryBiases: finalCategories.biases,
    categoryPlatt,
    vocabulary: vocabularyOf(binary.weights, fit.map((i) => normalized[i]), featurizer, hyper.vocabularySize),
  };
  const classifier = new LinearClassifier(state, hyper.segment);
  const heldExamples = held.map((i) => examples[i]);
  // Metrics come from weights that never saw the held-out part, even when the final ones are refitted.
  const judge = heldOutBinary === binary ? classifier : new LinearClassifier(
    { ...state, binary: heldOutBinary, categoryWeights: heldOutCategories.weights, categoryBiases: heldOutCategories.biases }, hyper.segment);
  const metrics = computeMetrics(heldExamples, judge.classify(heldExamples.map((e) => e.text)));
  return { classifier, metrics };
}

/** log((p/‖p‖₁)/(q/‖q‖₁)) with p, q the smoothed feature sums over violations and non-violations. */
function logCountRatio(xs: SparseVector[], ys: number[], dim: number): Float32Array {
  const p = new Float64Array(dim).fill(1);
  const q = new Float64Array(dim).fill(1);
  for (let n = 0; n < xs.length; n++) {
    const target = ys[n] ? p : q;
    const { indices, values } = xs[n];
    for (let k = 0; k < indices.length; k++) target[indices[k]] += values[k];
  }
  let ps = 0, qs = 0;
  for (let j = 0; j < dim; j++) { ps += p[j]; qs += q[j]; }
  const r = new Float32Array(dim);
  for (let j = 0; j < dim; j++) r[j] = Math.log(p[j] / ps) - Math.log(q[j] / qs);
  return r;
}

/** For the strongest weights only: the n-gram most often seen in each bucket, so reasons read as text. */
function vocabularyOf(weights: Float32Array, texts: string[], featurizer: Featurizer, size: number): Map<number, string> {
  // The size-th largest |weight| by a typed-array sort (no comparator over half a million buckets).
  const magnitudes: number[] = [];
  for (let j = 0; j < weights.length; j++) if (weights[j] !== 0) magnitudes.push(Math.abs(weights[j]));
  const sorted = Float32Array.from(magnitudes).sort();
  const threshold = sorted.length > size ? sorted[sorted.length - size] : 0;
  const strongest: number[] = [];
  for (let j = 0; j < weights.length && strongest.length < size; j++) if (weights[j] !== 0 && Math.abs(weights[j]) >= threshold) strongest.push(j);
  const wanted = new Map<number, Map<string, number>>(strongest.map((j) => [j, new Map()]));
  for (const t of texts) {
    featurizer.forEachFeature(t, (bucket, ngram) => {
      const seen = wanted.get(bucket);
      if (seen && !ngram.includes('\u0002') && !ngram.includes('\u0003')) seen.set(ngram, (seen.get(ngram) ?? 0) + 1);
    }, true);
  }
  const vocabulary = new Map<number, string>();
  for (const [bucket, seen] of wanted) {
    let best = '';
    let bestCount = 0;
    for (const [ngram, count] of seen) if (count > bestCount || (count === bestCount && ngram < best)) { best = ngram; bestCount = count; }
    if (bestCount > 0) vocabulary.set(bucket, best);
  }
  return vocabulary;
}
