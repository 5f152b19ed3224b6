import { parseArgs } from 'node:util';
import { checksPassed } from './simulate/check';
import { readDemoKey, demoKeyFile } from './simulate/demo-key-file';
import { scenarioNames, type ScenarioName } from './simulate/model';
import { runSimulation } from './simulate/run';
import { formatSummary } from './simulate/stats';

// npm run simulate -- [--url http://localhost:3000] [--key KEY] [--seed N] [--rate events/s]
//   [--duration s] [--speed x|max] [--scenario pile-on|doxxing|rumour-refuted|quiet] [--check[=staff]]
const usage = 'usage: npm run simulate -- [--url URL] [--key KEY] [--seed N] [--rate events/s] [--duration s] [--speed x|max] [--scenario ' + scenarioNames.join('|') + '] [--check | --check=staff]';

const { values } = parseArgs({
  options: {
    url: { type: 'string', default: process.env.BULWARK_URL ?? 'http://localhost:3000' },
    key: { type: 'string' },
    seed: { type: 'string' },
    rate: { type: 'string', default: '2' },
    duration: { type: 'string', default: '300' },
    speed: { type: 'string', default: '10' },
    scenario: { type: 'string', default: 'pile-on' },
    check: { type: 'string' },
    'alert-wait': { type: 'string', default: '60' },
    help: { type: 'boolean' },
  },
  // `--check` alone is allowed: parseArgs wants a value for a string option, so it is rewritten below.
  args: process.argv.slice(2).map((a) => (a === '--check' ? '--check=played' : a)),
});

function fail(message: string): never {
  console.error(`error: ${message}\n${usage}`);
  process.exit(64);
}
if (values.help) {
  console.log(usage);
  process.exit(0);
}
const number = (name: string, v: string | undefined, min: number) => {
  const n = Number(v);
  if (!Number.isFinite(n) || n < min) fail(`--${name} must be a number ≥ ${min}`);
  return n;
};
if (!(scenarioNames as readonly string[]).includes(values.scenario!)) fail(`unknown scenario "${values.scenario}"`);
if (values.check !== undefined && !['played', 'staff'].includes(values.check)) fail('--check takes no value, or =staff');
const seed = values.seed === undefined ? Math.floor(Math.random() * 1_000_000) : number('seed', values.seed, 0);

let key = values.key ?? process.env.BULWARK_API_KEY;
if (!key) {
  key = readDemoKey() ?? undefined;
  if (!key) {
    fail(`no --key given and no demo key in ${demoKeyFile()}. Against the demo console, (re)start \`npm run dev\`: it makes one for the simulator. `
      + 'Against a Postgres install, create a key (`npm run apikey -- create simulator`) and pass --url and --key.');
  }
  console.log(`Demo mode: using the platform API key the demo console made for the simulator (${demoKeyFile()}; "simulator (demo)" on /admin/api-keys).`);
}

const result = await runSimulation({
  url: values.url!, key, scenario: values.scenario as ScenarioName, seed,
  rate: number('rate', values.rate, 0), duration: number('duration', values.duration, 1),
  speed: values.speed === 'max' ? Infinity : number('speed', values.speed, 0.01),
  check: (values.check as 'played' | 'staff' | undefined) ?? false,
  alertWaitMs: number('alert-wait', values['alert-wait'], 0) * 1000,
  log: (line) => console.log(line),
}).catch((error: Error) => fail(error.message));

console.log('');
console.log(formatSummary(result.summary));
if (result.failures.length) console.log(`\nRefused or failed (first ${result.failures.length}):\n  ${result.failures.join('\n  ')}`);
console.log(`\nReplay this run with --seed ${seed}. What staff should see and do now:`);
for (const line of result.scenario.todo) console.log(`  - ${line}`);
if (result.checks) {
  console.log('\nCheck:');
  for (const c of result.checks) console.log(`  ${c.status === 'pass' ? 'ok  ' : c.status === 'skipped' ? 'skip' : 'FAIL'} ${c.says}: ${c.detail}`);
  if (!checksPassed(result.checks)) {
    console.log('\nThe console does not show what the scenario expects.');
    process.exit(1);
  }
  console.log('\nThe console shows what the scenario expects.');
}
