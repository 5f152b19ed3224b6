import type { GenerateOptions, Scenario, ScenarioName } from '../model';
import { doxxingScenario } from './doxxing';
import { pileOnScenario } from './pile-on';
import { quietScenario } from './quiet';
import { rumourRefutedScenario } from './rumour-refuted';

const scenarios: Record<ScenarioName, (o: GenerateOptions) => Scenario> = {
  'pile-on': pileOnScenario,
  doxxing: doxxingScenario,
  'rumour-refuted': rumourRefutedScenario,
  quiet: quietScenario,
};

/** A scenario's whole timeline, from its seed alone: pure and deterministic. */
export function generateScenario(name: ScenarioName, options: GenerateOptions): Scenario {
  return scenarios[name](options);
}
