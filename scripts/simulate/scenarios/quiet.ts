import type { GenerateOptions, Scenario } from '../model';
import { Script } from '../script';

/** Ordinary quiet traffic: people posting, commenting, watching a stream, searching; a mild report now and then. */
export function quietScenario(options: GenerateOptions): Scenario {
  const s = new Script(options, 4);
  s.background();
  const reports = s.items.flatMap(({ item }) => (item.op === 'report' ? [item.report.externalId] : []));
  const sections = s.items.flatMap(({ item }) => (item.op === 'section' && item.event.type === 'created' ? [item.event] : []));
  const rooms = s.items.flatMap(({ item }) => (item.op === 'livestream' && item.event.type === 'room_opened' ? [item.event.roomId] : []));
  return {
    name: 'quiet', seed: options.seed, start: s.start, duration: s.duration, items: s.done(),
    story: 'An ordinary stretch of platform traffic: posts, comments, a cooking stream, searches, the odd mild report.',
    cast: { targetName: '', targetAccountId: '', terms: [], sections: Object.fromEntries(sections.map((x, i) => [`topic${i}`, { externalId: x.externalId, name: x.name }])), minorAccountIds: [] },
    expectations: [
      ...(reports.length ? [{ kind: 'no-minors' as const, stage: 'played' as const, says: `${reports.length} mild reports in the queue, none involving a minor`, externalIds: reports }] : []),
      ...(sections.length ? [{ kind: 'sections' as const, stage: 'played' as const, says: 'the everyday topic and stream are in the console, open', externalIds: [...sections.map((x) => x.externalId), ...rooms], status: 'open' as const }] : []),
    ],
    todo: ['Nothing needs doing: this is what a normal hour looks like.'],
  };
}
