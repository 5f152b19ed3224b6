import fs from 'node:fs';
import { parseArgs } from 'node:util';
import { trainClassifier } from '@/lib/model';
import { computeMetrics } from '@/lib/model/metrics';
import { readLabelledCsv } from '@/lib/model/labelled-csv';

// `npm run model:eval -- --train TRAIN.csv --test TEST.csv [--predictions OUT.jsonl] [--seed N]`
// Trains the recognition model from TRAIN.csv alone (no database), classifies every row of TEST.csv
// and prints one JSON object on the last line of stdout; progress goes to stderr.
const { values } = parseArgs({
  options: { train: { type: 'string' }, test: { type: 'string' }, predictions: { type: 'string' }, seed: { type: 'string' } },
  strict: true,
});
if (!values.train || !values.test) {
  console.error('usage: npm run model:eval -- --train TRAIN.csv --test TEST.csv [--predictions OUT.jsonl] [--seed N]');
  process.exit(64);
}
const log = (...a: unknown[]) => console.error(`[model:eval ${new Date().toISOString().slice(11, 19)}]`, ...a);

try {
  const train = readLabelledCsv(fs.readFileSync(values.train, 'utf8'), values.train);
  const test = readLabelledCsv(fs.readFileSync(values.test, 'utf8'), values.test);
  log(`train: ${train.length} rows (${train.filter((r) => r.label === 1).length} violations); test: ${test.length} rows`);
  if (train.length === 0) throw new Error(`${values.train}: no rows to train on`);

  const t0 = performance.now();
  const { classifier, metrics: held } = trainClassifier(
    train.map((r) => ({ text: r.text, violation: r.label === 1 })),
    { seed: values.seed ? Number(values.seed) : 1 },
  );
  const trainSeconds = (performance.now() - t0) / 1000;
  log(`trained in ${trainSeconds.toFixed(1)} s: ${classifier.info.algorithm}; held-out macro-F1 ${held.macroF1.toFixed(4)}`);

  const texts = test.map((r) => r.text);
  const cpu0 = process.cpuUsage();
  const t1 = performance.now();
  const predictions = classifier.classify(texts);
  const seconds = (performance.now() - t1) / 1000;
  const cpu = process.cpuUsage(cpu0);
  const metrics = computeMetrics(test.map((r) => ({ violation: r.label === 1 })), predictions);
  log(`classified ${texts.length} texts in ${seconds.toFixed(2)} s`);

  if (values.predictions) {
    const lines = predictions.map((p, i) => JSON.stringify({ row: i + 1, label: test[i].label, prediction: p.score >= 0.5 ? 1 : 0, score: Math.round(p.score * 1e6) / 1e6 }));
    fs.writeFileSync(values.predictions, lines.length ? lines.join('\n') + '\n' : '');
    log(`wrote ${lines.length} predictions to ${values.predictions}`);
  }
  const round = (x: number) => Math.round(x * 1e4) / 1e4;
  const prf = (c: { precision: number; recall: number; f1: number; support: number }) =>
    ({ precision: round(c.precision), recall: round(c.recall), f1: round(c.f1), support: c.support });
  console.log(JSON.stringify({
    accuracy: round(metrics.accuracy),
    macroF1: round(metrics.macroF1),
    perClass: { '0': prf(metrics.perClass['0']), '1': prf(metrics.perClass['1']) },
    trainSeconds: Math.round(trainSeconds * 100) / 100,
    textsPerSecond: seconds > 0 ? Math.round(texts.length / seconds) : null,
    textsPerCpuSecond: cpu.user + cpu.system > 0 ? Math.round(texts.length / ((cpu.user + cpu.system) / 1e6)) : null,
    ece: round(metrics.calibration.ece),
    trainRows: train.length,
    testRows: test.length,
    algorithm: classifier.info.algorithm,
  }));
} catch (error) {
  console.error(`model:eval: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
}
