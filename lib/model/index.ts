/**
 * The recognition model (notice I.2): an in-process linear classifier over hashed character n-grams of
 * evasion-normalised text, with a calibrated violation score, a one-vs-rest category and readable
 * reasons. This file is the interface the console codes against; the parts live beside it.
 */
import { LinearClassifier, deserializeState } from './classifier';
import { computeMetrics } from './metrics';
import { train } from './train';

export { normalizeText } from './normalize';

export type TrainingExample = { text: string; violation: boolean; categoryId?: string | null };
/** An n-gram that moved the score, readable (word n-grams in brackets), weight signed: > 0 towards a violation. */
export type FeatureReason = { feature: string; weight: number };
export type Prediction = {
  /** calibrated P(violation), 0..1 */
  score: number;
  /** most probable category (one-vs-rest over the categories seen in training), null if none */
  categoryId: string | null;
  /** its calibrated probability: P(a violation of this category) */
  categoryProbability: number;
  /** up to 5 (only when asked for) */
  reasons: FeatureReason[];
};
type Prf = { precision: number; recall: number; f1: number; support: number };
export type ModelMetrics = {
  accuracy: number;
  macroF1: number;
  perClass: Record<'0' | '1', Prf>;
  perCategory: Record<string, Prf>;
  calibration: { bins: { from: number; to: number; meanScore: number; fractionPositive: number; count: number }[]; ece: number };
};

/** Reasons for every text, none, or those a predicate picks once it has seen the prediction (index into the batch). */
export type ReasonsWanted = boolean | ((prediction: Prediction, index: number) => boolean);

export interface Classifier {
  readonly info: { algorithm: string; features: number; trainedOn: number; categories: string[] };
  classify(texts: readonly string[], opts?: { reasons?: ReasonsWanted }): Prediction[];
  /** hashed feature vector of the normalised text (sparse: indices ascending + L2-normalised values), for nearest-neighbour search */
  vectorize(text: string): { indices: Uint32Array; values: Float32Array };
  /** compact serialisation (weights as typed arrays) */
  toBytes(): Uint8Array;
}

/**
 * Trains on `examples` minus a stratified held-out part (`holdoutFraction`, default 0.2), which
 * calibrates the scores and gives the metrics. Deterministic for a given `seed` (default 1).
 */
export function trainClassifier(
  examples: readonly TrainingExample[],
  opts?: { seed?: number; holdoutFraction?: number },
): { classifier: Classifier; metrics: ModelMetrics } {
  return train(examples, opts ?? {});
}

export function loadClassifier(bytes: Uint8Array): Classifier {
  return new LinearClassifier(deserializeState(bytes));
}

export function evaluate(classifier: Classifier, examples: readonly TrainingExample[]): ModelMetrics {
  const predictions = classifier.classify(examples.map((e) => e.text));
  return computeMetrics(examples, predictions);
}
