import fs from 'node:fs';
import path from 'node:path';
import v8 from 'node:v8';
import vm from 'node:vm';
import { loadClassifier, normalizeText, trainClassifier, type Classifier, type TrainingExample } from '@/lib/model';
import { readLabelledCsv } from '@/lib/model/labelled-csv';
import { seededRandom } from '@/lib/model/rng';
import { summarize } from './stats';

/**
 * The recognition model in-process, one core: texts classified per second in batches of 1,000 (as the
 * pre-check API sends them), with and without reasons, beside a bare baseline in the same run (lower
 * case + one hash per character: the floor of any per-text work) and normalisation alone; model load
 * from bytes; model size; heap and RSS taken by a loaded model. Texts are COLD's dev split when
 * ../shared/data/cold (or $COLD_DIR) is present (trained on its train split), generated chatter otherwise.
 *
 * Throughput is stated twice: per wall-clock second and per CPU second of this (single-threaded)
 * process. On a shared machine the CPU figure is the one-core figure; wall time includes waiting for
 * a core.
 */
export async function benchModel(opts: { rounds?: number } = {}) {
  const rounds = opts.rounds ?? 5;
  const { train, texts, source } = corpus();
  // Training in its own scope, so that only the bytes survive into the memory measurement.
  const { bytes, trainSeconds, trainCpuSeconds, heldOut } = (() => {
    const t0 = performance.now();
    const cpu0 = process.cpuUsage();
    const trained = trainClassifier(train, { seed: 1 });
    const cpu = process.cpuUsage(cpu0);
    return {
      bytes: trained.classifier.toBytes(),
      trainSeconds: (performance.now() - t0) / 1000,
      trainCpuSeconds: (cpu.user + cpu.system) / 1e6,
      heldOut: trained.metrics,
    };
  })();

  await settle();
  const before = process.memoryUsage();
  const t1 = performance.now();
  let classifier: Classifier = loadClassifier(bytes);
  classifier.classify(['热身']); // the first text also builds the traditional→simplified table
  const firstLoadMs = performance.now() - t1;
  await settle();
  const after = process.memoryUsage();
  const loadMs: number[] = [];
  for (let i = 0; i < 5; i++) {
    const t = performance.now();
    classifier = loadClassifier(bytes);
    loadMs.push(performance.now() - t);
  }

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
    trainCpuSeconds: Math.round(trainCpuSeconds * 100) / 100,
    heldOutMacroF1: Math.round(heldOut.macroF1 * 1e4) / 1e4,
    heldOutEce: Math.round(heldOut.calibration.ece * 1e4) / 1e4,
    modelBytes: bytes.length,
    firstLoadMs: Math.round(firstLoadMs),
    loadMs: summarize(loadMs),
    // One loaded model (weights in typed arrays outside the JS heap, reasons' n-grams on it), after GC.
    memoryOfLoadedModelMb: { heap: mb(after.heapUsed - before.heapUsed), arrayBuffers: mb(after.arrayBuffers - before.arrayBuffers), rss: mb(after.rss - before.rss) },
    rssMb: mb(after.rss),
    bare,
    normalizeOnly,
    classify,
    classifyWithReasons,
  };
}

// A collection on demand for the memory figures, without asking for --expose-gc on the command line.
v8.setFlagsFromString('--expose-gc');
const gc = vm.runInNewContext('gc') as () => void;
/** Full collections with a pause between, so freed array buffers are swept before memory is read. */
async function settle() {
  for (let i = 0; i < 3; i++) { gc(); await new Promise((r) => setTimeout(r, 50)); }
}

function corpus(): { train: TrainingExample[]; texts: string[]; source: string } {
  // COLD lives beside the project, never inside it; COLD_DIR points elsewhere (a worktree, say).
  const cold = process.env.COLD_DIR ?? path.resolve(process.cwd(), '../shared/data/cold');
  const dir = fs.existsSync(path.join(cold, 'train.csv')) ? cold : null;
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

// `npx tsx bench/model.ts`: this section alone.
if (import.meta.url === `file://${path.resolve(process.argv[1] ?? '')}`) {
  const result = { at: new Date().toISOString(), model: await benchModel() };
  console.log(JSON.stringify(result, null, 2));
  const dir = path.resolve('bench/results');
  fs.mkdirSync(dir, { recursive: true });
  fs.writeFileSync(path.join(dir, `model-${result.at.replace(/[:.]/g, '-')}.json`), JSON.stringify(result, null, 2) + '\n');
}
