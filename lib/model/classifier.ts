import type { Classifier, FeatureReason, Prediction, ReasonsWanted } from './index';
import { Featurizer, type FeatureConfig, type SparseVector } from './features';
import { applyPlatt, type LinearModel, type Platt } from './linear';
import { normalizeText } from './normalize';

/** Everything a trained model is: what `toBytes` writes and `loadClassifier` reads back. */
export type ModelState = {
  algorithm: string;
  features: FeatureConfig;
  trainedOn: number;
  categories: string[];
  binary: LinearModel;
  binaryPlatt: Platt;
  /** category heads work in a folded space (bucket mod 2^categoryBits): the library is small */
  categoryBits: number;
  /** one-vs-rest heads, interleaved: weight of category k for folded bucket j at j·K + k */
  categoryWeights: Float32Array;
  categoryBiases: Float32Array;
  categoryPlatt: Platt[];
  /** bucket → one n-gram seen in training there, for the binary head's strongest weights only */
  vocabulary: Map<number, string>;
};

export class LinearClassifier implements Classifier {
  readonly info: Classifier['info'];
  private readonly featurizer: Featurizer;
  private readonly categoryMask: number;

  constructor(readonly state: ModelState, segment?: (text: string) => string[]) {
    this.featurizer = new Featurizer(state.features, segment);
    this.categoryMask = 2 ** state.categoryBits - 1;
    this.info = {
      algorithm: state.algorithm,
      features: this.featurizer.dim,
      trainedOn: state.trainedOn,
      categories: [...state.categories],
    };
  }

  vectorize(text: string): SparseVector {
    return this.featurizer.vector(normalizeText(text));
  }

  /** Raw margin of the binary head, before calibration. */
  margin(x: SparseVector): number {
    const w = this.state.binary.weights;
    let z = this.state.binary.bias;
    for (let i = 0; i < x.indices.length; i++) z += w[x.indices[i]] * x.values[i];
    return z;
  }

  classify(texts: readonly string[], opts?: { reasons?: ReasonsWanted }): Prediction[] {
    const wanted = opts?.reasons ?? false;
    return texts.map((text, n) => this.classifyOne(typeof text === 'string' ? text : '', wanted, n));
  }

  private classifyOne(text: string, wanted: ReasonsWanted, n: number): Prediction {
    const x = this.vectorize(text);
    const score = applyPlatt(this.state.binaryPlatt, this.margin(x));
    const k = this.state.categories.length;
    let categoryId: string | null = null;
    let categoryProbability = 0;
    if (k > 0) {
      const z = Float64Array.from(this.state.categoryBiases);
      const cw = this.state.categoryWeights;
      for (let i = 0; i < x.indices.length; i++) {
        const base = (x.indices[i] & this.categoryMask) * k;
        const v = x.values[i];
        for (let c = 0; c < k; c++) z[c] += cw[base + c] * v;
      }
      for (let c = 0; c < k; c++) {
        const p = applyPlatt(this.state.categoryPlatt[c], z[c]);
        if (p > categoryProbability) { categoryProbability = p; categoryId = this.state.categories[c]; }
      }
      if (categoryId === null) categoryId = this.state.categories[0];
    }
    const prediction: Prediction = { score, categoryId, categoryProbability, reasons: [] };
    // Reasons from the vector already built: asking for them for some texts costs no second pass.
    if (wanted === true || (typeof wanted === 'function' && wanted(prediction, n))) prediction.reasons = this.reasonsOf(x);
    return prediction;
  }

  /**
   * The n-grams that moved the score most (weight × feature value, signed: positive pushes towards a
   * violation), readable ones only, skipping an n-gram already covered by a stronger one (逼 under 傻逼).
   */
  private reasonsOf(x: SparseVector): FeatureReason[] {
    const w = this.state.binary.weights;
    const features: string[] = [];
    const weights: number[] = [];
    for (let i = 0; i < x.indices.length; i++) {
      const feature = this.state.vocabulary.get(x.indices[i]);
      if (feature === undefined) continue;
      const weight = w[x.indices[i]] * x.values[i];
      if (weight !== 0) { features.push(feature); weights.push(weight); }
    }
    // Picks the strongest remaining candidate up to five times instead of sorting them all: a text has
    // dozens of candidates and the answer needs five. Ties go to the lower code units (deterministic).
    const reasons: FeatureReason[] = [];
    const taken = new Uint8Array(features.length);
    for (let left = features.length; left > 0 && reasons.length < 5; left--) {
      let best = -1;
      for (let i = 0; i < features.length; i++) {
        if (taken[i]) continue;
        const d = best < 0 ? 1 : Math.abs(weights[i]) - Math.abs(weights[best]);
        if (d > 0 || (d === 0 && features[i] < features[best])) best = i;
      }
      taken[best] = 1;
      const feature = features[best];
      const sign = Math.sign(weights[best]);
      if (reasons.some((r) => Math.sign(r.weight) === sign && (r.feature.includes(feature) || feature.includes(r.feature)))) continue;
      reasons.push({ feature, weight: Math.round(weights[best] * 1e4) / 1e4 });
    }
    return reasons;
  }

  toBytes(): Uint8Array {
    return serializeState(this.state);
  }
}

const MAGIC = 'BWM1';

type Blob = { offset: number; length: number; sparse: boolean };

function encodeWeights(w: Float32Array, chunks: Uint8Array[], cursor: { offset: number }): Blob {
  let nnz = 0;
  for (let i = 0; i < w.length; i++) if (w[i] !== 0) nnz++;
  const sparse = nnz * 2 < w.length;
  let bytes: Uint8Array;
  if (sparse) {
    const idx = new Uint32Array(nnz);
    const val = new Float32Array(nnz);
    for (let i = 0, k = 0; i < w.length; i++) if (w[i] !== 0) { idx[k] = i; val[k++] = w[i]; }
    bytes = new Uint8Array(nnz * 8);
    bytes.set(new Uint8Array(idx.buffer), 0);
    bytes.set(new Uint8Array(val.buffer), nnz * 4);
  } else {
    bytes = new Uint8Array(w.buffer.slice(w.byteOffset, w.byteOffset + w.byteLength));
  }
  const blob = { offset: cursor.offset, length: bytes.length, sparse };
  chunks.push(bytes);
  cursor.offset += bytes.length;
  return blob;
}

function decodeWeights(body: Uint8Array, blob: Blob, size: number): Float32Array {
  const copy = body.slice(blob.offset, blob.offset + blob.length); // aligned copy
  if (!blob.sparse) return new Float32Array(copy.buffer, 0, size).slice();
  const nnz = blob.length / 8;
  const idx = new Uint32Array(copy.buffer, 0, nnz);
  const val = new Float32Array(copy.buffer, nnz * 4, nnz);
  const w = new Float32Array(size);
  for (let k = 0; k < nnz; k++) w[idx[k]] = val[k];
  return w;
}

/**
 * Layout: "BWM1", u32 header length (little endian), header JSON (UTF-8), then the weight blobs (dense
 * float32, or sparse: u32 indices then float32 values, whichever is smaller).
 */
export function serializeState(s: ModelState): Uint8Array {
  const chunks: Uint8Array[] = [];
  const cursor = { offset: 0 };
  const binary = encodeWeights(s.binary.weights, chunks, cursor);
  const categories = encodeWeights(s.categoryWeights, chunks, cursor);
  const header = new TextEncoder().encode(JSON.stringify({
    algorithm: s.algorithm, features: s.features, trainedOn: s.trainedOn, categories: s.categories,
    binaryBias: s.binary.bias, binaryPlatt: s.binaryPlatt, categoryBits: s.categoryBits,
    categoryBiases: [...s.categoryBiases], categoryPlatt: s.categoryPlatt,
    vocabulary: [...s.vocabulary], blobs: { binary, categories },
  }));
  const out = new Uint8Array(8 + header.length + cursor.offset);
  out.set(new TextEncoder().encode(MAGIC), 0);
  new DataView(out.buffer).setUint32(4, header.length, true);
  out.set(header, 8);
  let at = 8 + header.length;
  for (const c of chunks) { out.set(c, at); at += c.length; }
  return out;
}

export function deserializeState(bytes: Uint8Array): ModelState {
  if (bytes.length < 8 || new TextDecoder().decode(bytes.subarray(0, 4)) !== MAGIC) throw new Error('not a Bulwark model (bad magic)');
  const headerLength = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength).getUint32(4, true);
  if (8 + headerLength > bytes.length) throw new Error('truncated model');
  const h = JSON.parse(new TextDecoder().decode(bytes.subarray(8, 8 + headerLength)));
  const body = bytes.subarray(8 + headerLength);
  const dim = 2 ** h.features.bits;
  const k = h.categories.length;
  return {
    algorithm: h.algorithm, features: h.features, trainedOn: h.trainedOn, categories: h.categories,
    binary: { weights: decodeWeights(body, h.blobs.binary, dim), bias: h.binaryBias },
    binaryPlatt: h.binaryPlatt, categoryBits: h.categoryBits,
    categoryWeights: decodeWeights(body, h.blobs.categories, 2 ** h.categoryBits * k),
    categoryBiases: Float32Array.from(h.categoryBiases), categoryPlatt: h.categoryPlatt,
    vocabulary: new Map(h.vocabulary),
  };
}
