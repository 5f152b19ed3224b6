import { describe, expect, it } from 'vitest';
import { evaluate, loadClassifier, normalizeText, trainClassifier, type TrainingExample } from './index';
import { LinearClassifier } from './classifier';
import { applyPlatt, fitPlatt, margin, sigmoid, trainLogistic } from './linear';
import { computeMetrics } from './metrics';
import { seededRandom } from './rng';

// A small corpus: insults aimed at groups (a violation, category by the group) beside ordinary remarks
// and criticism about the same groups (not a violation).
const groups: [string, string][] = [['四川人', 'region'], ['河南人', 'region'], ['东北人', 'region'], ['黑人', 'race'], ['白人', 'race'], ['女人', 'gender'], ['男人', 'gender']];
const insults = ['都是傻逼', '都是垃圾', '全是废物', '就是脑残', '都该去死', '是一群智障'];
const remarks = ['做饭很好吃', '工作很努力', '我有很多朋友是', '说话很直爽', '的政策值得讨论', '也有好人和坏人'];
const corpus: TrainingExample[] = groups.flatMap(([g, category]) => [
  ...insults.map((i) => ({ text: `${g}${i}`, violation: true, categoryId: category })),
  ...remarks.map((r) => ({ text: `${g}${r}`, violation: false, categoryId: null })),
]);

describe('training maths', { timeout: 60_000 }, () => {
  it('logistic regression learns the empirical rate of a single feature', () => {
    const x = { indices: Uint32Array.of(3), values: Float32Array.of(1) };
    const xs = Array.from({ length: 100 }, () => x);
    const ys = Float32Array.from({ length: 100 }, (_, i) => (i < 70 ? 1 : 0));
    const model = trainLogistic(xs, ys, { dim: 8, epochs: 200, learningRate: 0.5, l2: 0, seed: 1 });
    expect(sigmoid(margin(model, x))).toBeCloseTo(0.7, 2);
  });

  it('learns a separable set exactly', () => {
    const { classifier } = trainClassifier(corpus, { seed: 3, holdoutFraction: 0 });
    const scores = classifier.classify(corpus.map((e) => e.text)).map((p) => p.score);
    corpus.forEach((e, i) => expect(scores[i] >= 0.5, e.text).toBe(e.violation));
  });

  it('Platt scaling recovers the slope and offset that generated the labels', () => {
    const random = seededRandom(7);
    const scores = Array.from({ length: 20_000 }, () => random() * 6 - 3);
    const ys = scores.map((s) => (random() < sigmoid(2 * s - 1) ? 1 : 0));
    const p = fitPlatt(scores, ys);
    expect(p.a).toBeGreaterThan(1.85); expect(p.a).toBeLessThan(2.15);
    expect(p.b).toBeGreaterThan(-1.15); expect(p.b).toBeLessThan(-0.85);
    // Monotone: a higher margin never gets a lower probability.
    const grid = Array.from({ length: 61 }, (_, i) => applyPlatt(p, i / 10 - 3));
    for (let i = 1; i < grid.length; i++) expect(grid[i]).toBeGreaterThanOrEqual(grid[i - 1]);
  });

  it('calibrated scores are monotone in the margin, for the verdict and every category', () => {
    const { classifier } = trainClassifier(corpus, { seed: 1 });
    const state = (classifier as LinearClassifier).state;
    expect(state.binaryPlatt.a).toBeGreaterThan(0);
    for (const p of state.categoryPlatt) expect(p.a).toBeGreaterThan(0);
  });

  it('is deterministic for a seed', () => {
    const a = trainClassifier(corpus, { seed: 42 });
    const b = trainClassifier(corpus, { seed: 42 });
    expect(Buffer.from(a.classifier.toBytes()).equals(Buffer.from(b.classifier.toBytes()))).toBe(true);
    expect(a.metrics).toEqual(b.metrics);
    const c = trainClassifier(corpus, { seed: 43 });
    expect(Buffer.from(a.classifier.toBytes()).equals(Buffer.from(c.classifier.toBytes()))).toBe(false);
  });
});

describe('the trained classifier', { timeout: 60_000 }, () => {
  const { classifier, metrics } = trainClassifier(corpus, { seed: 1 });
  const texts = ['河南人都是傻逼', '河南人做饭很好吃', '女人就是脑残', '黑人全是废物', '', '\u0000', '\ud800\udc00\udfff'];

  it('scores in [0, 1] with a category, a probability and readable reasons', () => {
    const [insult, remark, gender, race] = classifier.classify(texts, { reasons: true });
    expect(insult.score).toBeGreaterThan(0.5);
    expect(remark.score).toBeLessThan(0.5);
    expect(insult.categoryId).toBe('region');
    expect(gender.categoryId).toBe('gender');
    expect(race.categoryId).toBe('race');
    expect(insult.categoryProbability).toBeGreaterThan(0);
    expect(insult.categoryProbability).toBeLessThanOrEqual(1);
    expect(insult.reasons.length).toBeGreaterThan(0);
    expect(insult.reasons.length).toBeLessThanOrEqual(5);
    // Reasons are pieces of the text, shown as text; a piece of the insult pushes towards a violation.
    for (const r of insult.reasons) expect('河南人都是傻逼').toContain(r.feature);
    expect(insult.reasons.some((r) => r.weight > 0 && '都是傻逼'.includes(r.feature))).toBe(true);
    expect(classifier.classify(texts).every((p) => p.reasons.length === 0)).toBe(true);
    // Asked per text in the same pass: the picked texts get the same reasons, the others none.
    const seen: number[] = [];
    const some = classifier.classify(texts, { reasons: (p, n) => { seen.push(n); return n % 2 === 0; } });
    expect(seen).toEqual(texts.map((_, n) => n));
    const all = classifier.classify(texts, { reasons: true });
    some.forEach((p, n) => expect(p).toEqual(n % 2 === 0 ? all[n] : { ...all[n], reasons: [] }));
  });

  it('answers hostile input: empty, NUL, lone surrogates, 100,000 characters', () => {
    const big = '傻🙂逼\u0000\ud800'.repeat(20_000);
    for (const p of classifier.classify([...texts.slice(4), big], { reasons: true })) {
      expect(Number.isFinite(p.score)).toBe(true);
      expect(p.score).toBeGreaterThanOrEqual(0);
      expect(p.score).toBeLessThanOrEqual(1);
    }
  });

  it('each evasion scores exactly like its plain form', () => {
    const plain = classifier.classify(['河南人都是傻逼'])[0].score;
    const variants = ['河南人都是SB', '河南人都是 s b', '河南人都是傻-逼', '河南人都是傻🙂逼', '河南人都是煞笔', '河南人都是傻傻傻逼', '河南人都是傻b', '河南人都是ＳＢ', '河南人都是sha bi'];
    for (const v of variants) expect(classifier.classify([v])[0].score, v).toBe(plain);
    expect(classifier.classify(['河南人都是傻 逼', '河南人都是傻\u200b逼'])[1].score).toBe(plain);
  });

  it('vectorizes the normalised text: indices ascending, unit length, evasions equal', () => {
    const v = classifier.vectorize('河南人都是傻逼');
    for (let i = 1; i < v.indices.length; i++) expect(v.indices[i]).toBeGreaterThan(v.indices[i - 1]);
    expect(Math.sqrt(v.values.reduce((a, x) => a + x * x, 0))).toBeCloseTo(1, 5);
    expect(classifier.vectorize('河南人都是S.B')).toEqual(v);
    expect(normalizeText('河南人都是S.B')).toBe('河南人都是傻逼');
  });

  it('round-trips through bytes with identical predictions', () => {
    const bytes = classifier.toBytes();
    const loaded = loadClassifier(bytes);
    expect(loaded.info).toEqual(classifier.info);
    expect(loaded.classify(texts, { reasons: true })).toEqual(classifier.classify(texts, { reasons: true }));
    expect(Buffer.from(loaded.toBytes()).equals(Buffer.from(bytes))).toBe(true);
    expect(() => loadClassifier(new Uint8Array([1, 2, 3]))).toThrow(/not a Bulwark model/);
    expect(() => loadClassifier(bytes.subarray(0, 20))).toThrow();
  });

  it('reports held-out metrics and evaluates other examples', () => {
    expect(metrics.accuracy).toBeGreaterThanOrEqual(0);
    // Stratified: a fifth of each verdict (42 each) is held out.
    expect(metrics.perClass['0'].support + metrics.perClass['1'].support).toBe(2 * Math.round(42 * 0.2));
    const m = evaluate(classifier, corpus);
    expect(m.accuracy).toBeGreaterThan(0.9);
    expect(Object.keys(m.perCategory).sort()).toEqual(['gender', 'race', 'region']);
    expect(classifier.info.categories).toEqual(['gender', 'race', 'region']);
    // The final weights are fitted again on every example once the held-out part has calibrated them.
    expect(classifier.info.trainedOn).toBe(corpus.length);
  });

  it('trains on nothing, or on one verdict only, without throwing', () => {
    for (const examples of [[], corpus.filter((e) => e.violation), corpus.filter((e) => !e.violation).slice(0, 1)]) {
      const { classifier: odd, metrics: m } = trainClassifier(examples, { seed: 1 });
      const [p] = odd.classify(['河南人都是傻逼']);
      expect(p.score).toBeGreaterThanOrEqual(0);
      expect(p.score).toBeLessThanOrEqual(1);
      expect(Number.isFinite(m.calibration.ece)).toBe(true);
    }
  });

  it('without categories in training the category is null', () => {
    const { classifier: plain } = trainClassifier(corpus.map((e) => ({ text: e.text, violation: e.violation })), { seed: 1 });
    expect(plain.classify(['河南人都是傻逼'])[0]).toMatchObject({ categoryId: null, categoryProbability: 0 });
  });
});

describe('computeMetrics', () => {
  it('precision, recall, F1 per class, macro-F1 and calibration error by hand', () => {
    const truth = [true, true, false, false].map((violation) => ({ violation, categoryId: violation ? 'a' : null }));
    const predicted = [0.9, 0.4, 0.6, 0.1].map((score) => ({ score, categoryId: 'a' }));
    const m = computeMetrics(truth, predicted);
    expect(m.accuracy).toBe(0.5);
    expect(m.perClass['1']).toEqual({ precision: 0.5, recall: 0.5, f1: 0.5, support: 2 });
    expect(m.perClass['0']).toEqual({ precision: 0.5, recall: 0.5, f1: 0.5, support: 2 });
    expect(m.macroF1).toBe(0.5);
    expect(m.perCategory.a).toEqual({ precision: 0.5, recall: 0.5, f1: 0.5, support: 2 });
    // bins: 0.1 (neg), 0.4 (pos), 0.6 (neg), 0.9 (pos): ECE = (0.1 + 0.6 + 0.6 + 0.1) / 4
    expect(m.calibration.ece).toBeCloseTo(0.35, 10);
    expect(m.calibration.bins).toHaveLength(10);
  });
});
