export type SparseVector = { indices: Uint32Array; values: Float32Array };

export type FeatureConfig = {
  /** log2 of the number of hashed buckets */
  bits: number;
  /** character n-gram lengths, inclusive */
  charMin: number;
  charMax: number;
  /**
   * word unigrams (and bigrams when `wordBigrams`) from a segmenter (jieba: see ./words.ts). Off in the
   * shipped model: on COLD it adds 0.3 points of macro-F1 and halves the throughput (see model README lines).
   */
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

/**
 * Hashed character n-grams of the normalised text (with start and end marks), plus word n-grams
 * when configured; sublinear term frequency (1 + ln tf), L2-normalised. One scratch array per
 * featurizer: not re-entrant, which is fine in single-threaded JavaScript.
 */
export class Featurizer {
  readonly dim: number;
  private readonly mask: number;
  private buckets = new Uint32Array(1024);
  private count = 0;

  constructor(readonly config: FeatureConfig, private readonly segment?: (text: string) => string[]) {
    if (config.words && !segment) throw new Error('word features need a segmenter');
    this.dim = 2 ** config.bits;
    this.mask = this.dim - 1;
  }

  private push(bucket: number) {
    if (this.count === this.buckets.length) {
      const bigger = new Uint32Array(this.buckets.length * 2);
      bigger.set(this.buckets);
      this.buckets = bigger;
    }
    this.buckets[this.count++] = bucket;
  }

  /** Calls `visit(bucket, ngram)` for every feature occurrence; `ngram` is built only when `withText`. */
  forEachFeature(normalized: string, visit: (bucket: number, ngram: string) => void, withText: boolean) {
    const { charMin, charMax } = this.config;
    const n = normalized.length + 2;
    const padded = withText ? `\u0002${normalized}\u0003` : '';
    const mask = this.mask;
    for (let i = 0; i < n; i++) {
      let h = 0x811c9dc5;
      for (let len = 1; len <= charMax && i + len <= n; len++) {
        const at = i + len - 1;
        h = Math.imul(h ^ (at === 0 ? START : at === n - 1 ? END : normalized.charCodeAt(at - 1)), 16777619);
        if (len < charMin || (len === 1 && (i === 0 || i === n - 1))) continue;
        visit(fmix(h + Math.imul(len, 0x9e3779b9)) & mask, withText ? padded.slice(i, i + len) : '');
      }
    }
    if (this.segment && this.config.words && normalized.length > 0) {
      let previous = -1;
      let previousWord = '';
      for (const word of this.segment(normalized)) {
        if (word === ' ') continue;
        const h = hashString(word, WORD_SEED);
        visit(fmix(h) & mask, withText ? `[${word}]` : '');
        if (this.config.wordBigrams && previous !== -1) {
          visit(fmix(Math.imul(previous, 0x2545f491) ^ h ^ BIGRAM_SEED) & mask, withText ? `[${previousWord} ${word}]` : '');
        }
        previous = h; previousWord = word;
      }
    }
  }

  private readonly collect = (bucket: number) => this.push(bucket);

  /**
   * The sparse feature vector of an already normalised text, indices ascending. Buckets are gathered
   * in a small array and counted after sorting it: no random access into a 2^bits-sized scratch array.
   */
  vector(normalized: string): SparseVector {
    this.count = 0;
    this.forEachFeature(normalized, this.collect, false);
    const all = this.buckets.subarray(0, this.count).sort();
    let distinct = 0;
    for (let i = 0; i < all.length; i++) if (i === 0 || all[i] !== all[i - 1]) distinct++;
    const indices = new Uint32Array(distinct);
    const values = new Float32Array(distinct);
    let norm = 0;
    for (let i = 0, k = -1; i < all.length; i++) {
      if (i === 0 || all[i] !== all[i - 1]) { k++; indices[k] = all[i]; values[k] = 0; }
      values[k] += 1;
    }
    for (let k = 0; k < distinct; k++) { const v = 1 + Math.log(values[k]); values[k] = v; norm += v * v; }
    norm = Math.sqrt(norm) || 1;
    for (let k = 0; k < distinct; k++) values[k] /= norm;
    return { indices, values };
  }
}
