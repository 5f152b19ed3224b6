import { createRequire } from 'node:module';
import type { Jieba } from '@node-rs/jieba';

export type SparseVector = { indices: Uint32Array; values: Float32Array };

export type FeatureConfig = {
  /** log2 of the number of hashed buckets */
  bits: number;
  /** character n-gram lengths, inclusive */
  charMin: number;
  charMax: number;
  /** Chinese word unigrams (and bigrams when `wordBigrams`) from jieba; English words come out of jieba too */
  words: boolean;
  wordBigrams: boolean;
};

export const DEFAULT_FEATURES: FeatureConfig = { bits: 20, charMin: 1, charMax: 4, words: false, wordBigrams: false };

const START = 0x02;
const END = 0x03;
const WORD_SEED = 0x3c6ef372;
const BIGRAM_SEED = 0x5851f42d;

/** murmur3's finaliser: spreads FNV's low bits over the whole word before the bucket mask. */
function fmix(h: number): number {
  h ^= h >>> 16; h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13; h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

function hashString(s: string, seed: number): number {
  let h = (0x811c9dc5 ^ seed) >>> 0;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 16777619);
  return h;
}

let jiebaInstance: Jieba | null = null;
/** jieba with its default dictionary, loaded once per process (about 0.3 s). */
export function jieba(): Jieba {
  if (jiebaInstance) return jiebaInstance;
  // createRequire: the native binding and its dictionary file are CommonJS.
  const require = createRequire(import.meta.url);
  const { Jieba: JiebaClass } = require('@node-rs/jieba') as typeof import('@node-rs/jieba');
  const { dict } = require('@node-rs/jieba/dict.js') as { dict: Uint8Array };
  jiebaInstance = JiebaClass.withDict(dict);
  return jiebaInstance;
}

/**
 * Hashed character n-grams of the normalised text (with start and end marks), plus jieba word
 * n-grams when configured; sublinear term frequency (1 + ln tf), L2-normalised. One scratch array per
 * featurizer: not re-entrant, which is fine in single-threaded JavaScript.
 */
export class Featurizer {
  readonly dim: number;
  private readonly mask: number;
  private readonly counts: Float32Array;
  private touched: Uint32Array;
  private nTouched = 0;

  constructor(readonly config: FeatureConfig) {
    this.dim = 2 ** config.bits;
    this.mask = this.dim - 1;
    this.counts = new Float32Array(this.dim);
    this.touched = new Uint32Array(1024);
  }

  private add(bucket: number) {
    if (this.counts[bucket] === 0) {
      if (this.nTouched === this.touched.length) {
        const bigger = new Uint32Array(this.touched.length * 2);
        bigger.set(this.touched);
        this.touched = bigger;
      }
      this.touched[this.nTouched++] = bucket;
    }
    this.counts[bucket] += 1;
  }

  /** Calls `visit(bucket, ngram)` for every feature occurrence; `ngram` is built only when `withText`. */
  forEachFeature(normalized: string, visit: (bucket: number, ngram: string) => void, withText: boolean) {
    const { charMin, charMax } = this.config;
    const n = normalized.length + 2;
    const code = (i: number) => (i === 0 ? START : i === n - 1 ? END : normalized.charCodeAt(i - 1));
    const padded = withText ? `\u0002${normalized}\u0003` : '';
    for (let i = 0; i < n; i++) {
      let h = 0x811c9dc5;
      for (let len = 1; len <= charMax && i + len <= n; len++) {
        h = Math.imul(h ^ code(i + len - 1), 16777619);
        if (len < charMin) continue;
        if (len === 1 && (i === 0 || i === n - 1)) continue;
        visit(fmix(h + Math.imul(len, 0x9e3779b9)) & this.mask, withText ? padded.slice(i, i + len) : '');
      }
    }
    if (this.config.words && normalized.length > 0) {
      let previous = -1;
      let previousWord = '';
      for (const word of jieba().cut(normalized, false)) {
        if (word === ' ') continue;
        const h = hashString(word, WORD_SEED);
        visit(fmix(h) & this.mask, withText ? `[${word}]` : '');
        if (this.config.wordBigrams && previous !== -1) {
          visit(fmix(Math.imul(previous, 0x2545f491) ^ h ^ BIGRAM_SEED) & this.mask, withText ? `[${previousWord} ${word}]` : '');
        }
        previous = h; previousWord = word;
      }
    }
  }

  /** The sparse feature vector of an already normalised text, indices ascending. */
  vector(normalized: string): SparseVector {
    this.nTouched = 0;
    this.forEachFeature(normalized, (b) => this.add(b), false);
    const k = this.nTouched;
    const indices = this.touched.slice(0, k).sort();
    const values = new Float32Array(k);
    let norm = 0;
    for (let i = 0; i < k; i++) {
      const v = 1 + Math.log(this.counts[indices[i]]);
      values[i] = v; norm += v * v;
      this.counts[indices[i]] = 0;
    }
    norm = Math.sqrt(norm) || 1;
    for (let i = 0; i < k; i++) values[i] /= norm;
    return { indices, values };
  }
}
