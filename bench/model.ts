import fs from 'node:fs';
import path from 'node:path';
import { loadClassifier, normalizeText, trainClassifier, type Classifier, type TrainingExample } from '@/lib/model';
import { readLabelledCsv } from '@/lib/model/labelled-csv';
import { seededRandom } from '@/lib/model/rng';
import { summarize } from './stats';

/**
 * The recognition model in-process, one core: texts classified per second in batches of 1,000 (as the
 * pre-check API sends them), with and without reasons, beside a bare baseline in the same run (lower
 * case + one hash per character: the floor of any per-text work) and normalisation alone; model load
 * from bytes; model size; heap and RSS taken by a loaded model. Texts are COLD's dev split when
 * ../shared/data/cold is present (trained on its train split), generated chatter otherwise.
 *
 * Throughput is stated twice: per wall-clock second and per CPU second of this (single-threaded)
 * process. On a shared machine the CPU figure is the one-core figure; wall time includes waiting for
 * a core.
 */
export async function benchModel(opts: { rounds?: number } = {}) {
  const rounds = opts.rounds ?? 5;
  const { train, texts, source } = corpus();
  const t0 = performance.now();
  const trained = trainClassifier(train, { seed: 1 });
  const trainSeconds = (performance.now() - t0) / 1000;
  const bytes = trained.classifier.toBytes();

  gc();
  const before = process.memoryUsage();
  const loadMs: number[] = [];
  let classifier: Classifier = loadClassifier(bytes); // first load pays for the traditional→simplified table
  for (let i = 0; i < 5; i++) {
    const t = performance.now();
    classifier = loadClassifier(bytes);
    loadMs.push(performance.now() - t);
  }
  gc();
  const after = process.memoryUsage();

  const batches: string[][] = [];
  for (let i = 0; i < texts.length; i += 1000) batches.push(texts.slice(i, i + 1000));
  const measure = (work: (batch: string[]) => void) => {
    work(batches[0]); // warm the JIT
    const batchMs: number[] = [];
    let best = { wall: Infinity, cpu: Infinity };
    for (let r = 0; r < rounds; r++) {
      const cpu0 = process.cpuUsage();
      const t = performance.now();
      for (const b of batches) { const s = performance.now(); work(b); batchMs.push(performance.now() - s); }
      const wall = (performance.now() - t) / 1000;
      const c = process.cpuUsage(cpu0);
      best = { wall: Math.min(best.wall, wall), cpu: Math.min(best.cpu, (c.user + c.system) / 1e6) };
    }
    return {
      textsPerSecond: Math.round(texts.length / best.wall),
      textsPerCpuSecond: Math.round(texts.length / best.cpu),
      batchOf1000Ms: summarize(batchMs),
    };
  };
  let sink = 0;
  const bare = measure((b) => { for (const t of b) { const s = t.toLowerCase(); let h = 0; for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 16777619); sink ^= h; } });
  const normalizeOnly = measure((b) => { for (const t of b) sink ^= normalizeText(t).length; });
  const classify = measure((b) => { sink ^= classifier.classify(b).length; });
  const classifyWithReasons = measure((b) => { sink ^= classifier.classify(b, { reasons: true }).length; });
  if (sink === 0.5) console.log(sink); // keep the work observable

  const mb = (n: number) => Math.round((n / 2 ** 20) * 10) / 10;
  return {
    source,
    texts: texts.length,
    meanTextLength: Math.round(texts.reduce((a, t) => a + t.length, 0) / texts.length),
    algorithm: classifier.info.algorithm,
    trainedOn: train.length,
    trainSeconds: Math.round(trainSeconds * 100) / 100,
    heldOutMacroF1: Math.round(trained.metrics.macroF1 * 1e4) / 1e4,
    heldOutEce: Math.round(trained.metrics.calibration.ece * 1e4) / 1e4,
    modelBytes: bytes.length,
    loadMs: summarize(loadMs),
    memoryOfLoadedModelMb: { heap: mb(after.heapUsed - before.heapUsed), external: mb(after.external + after.arrayBuffers - before.external - before.arrayBuffers), rss: mb(after.rss - before.rss) },
    rssMb: mb(after.rss),
    bare,
    normalizeOnly,
    classify,
    classifyWithReasons,
  };
}

function gc() {
  (globalThis as { gc?: () => void }).gc?.();
}

function corpus(): { train: TrainingExample[]; texts: string[]; source: string } {
  const cold = path.resolve(process.cwd(), '../shared/data/cold');
  const coldAlt = '/work/shared/data/cold';
  const dir = fs.existsSync(cold) ? cold : fs.existsSync(coldAlt) ? coldAlt : null;
  if (dir) {
    const read = (f: string) => readLabelledCsv(fs.readFileSync(path.join(dir, f), 'utf8'), f);
    return {
      train: read('train.csv').map((r) => ({ text: r.text, violation: r.label === 1 })),
      texts: read('dev.csv').map((r) => r.text),
      source: 'COLD (train → dev)',
    };
  }
  const random = seededRandom(11);
  const pick = <T>(xs: T[]) => xs[Math.floor(random() * xs.length)];
  const who = ['四川人', '河南人', '东北人', '黑人', '女人', '男人', '这个主播', '楼主', '那些人'];
  const bad = ['都是傻逼', '全是垃圾', '就是脑残', '都该去死', '是一群废物', 'nmsl'];
  const ok = ['说得有道理', '做饭很好吃', '今天的直播真好看', '这个政策值得讨论', '我不同意你的看法，但理解', '工作很努力'];
  const filler = ['哈哈', '真的', '我觉得', '其实', '不过', '说实话', '', ''];
  const make = (violation: boolean) => `${pick(filler)}${pick(who)}${pick(violation ? bad : ok)}${pick(filler)}，${pick(ok)}`;
  const train = Array.from({ length: 20_000 }, (_, i) => ({ text: make(i % 2 === 0), violation: i % 2 === 0 }));
  return { train, texts: Array.from({ length: 6_000 }, (_, i) => make(i % 3 === 0)), source: 'generated' };
}

// `npx tsx bench/model.ts` (add --expose-gc through NODE_OPTIONS for the memory figures): this section alone.
if (import.meta.url === `file://${path.resolve(process.argv[1] ?? '')}`) {
  const result = { at: new Date().toISOString(), model: await benchModel() };
  console.log(JSON.stringify(result, null, 2));
  const dir = path.resolve('bench/results');
  fs.mkdirSync(dir, { recursive: true });
  fs.writeFileSync(path.join(dir, `model-${result.at.replace(/[:.]/g, '-')}.json`), JSON.stringify(result, null, 2) + '\n');
}
