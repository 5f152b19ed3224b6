import type { GenerateOptions, Scenario } from '../model';
import { fill, Script } from '../script';
import { places, rumourRefuted } from '../texts';

/**
 * A rumour refuted by an official statement: a restaurant owner is said to use gutter oil; the
 * rumour spreads under a topic; the market regulator's verified account refutes it; the talk turns;
 * the platform asks the console for the authoritative statement to pin.
 */
export function rumourRefutedScenario(options: GenerateOptions): Scenario {
  const s = new Script(options, 3);
  const { rng } = s;
  const name = s.personName();
  const place = rng.pick(places);
  const vars = { name, place };
  const owner = s.account(s.start, { name, verified: true, registeredAt: s.start - 1200 * 86_400_000 });
  const regulator = s.account(s.start, { name: `${place}市场监管`, verified: true, registeredAt: s.start - 3000 * 86_400_000 });
  const spreaders = Array.from({ length: 10 }, () => s.account(s.start, { name: s.personName(), registeredAt: s.start - rng.int(10, 800) * 86_400_000 }));

  const topic = s.section(s.t(0.05), 'topic', fill(rumourRefuted.topic, vars));
  const rumourText = fill(rumourRefuted.rumour[0], vars);
  const rumourPost = s.post(s.t(0.05), spreaders[0].accountId, rumourText);
  s.sectionPost(s.t(0.05), topic.externalId, spreaders[0], rumourText, { flagged: true });
  let total = 1;
  const echoes = s.spread(18, 0.08, 0.55).map((at) => {
    const who = rng.pick(spreaders);
    const text = fill(rng.pick([...rumourRefuted.rumour, ...rumourRefuted.echo]), vars);
    s.sectionPost(at, topic.externalId, who, text, { flagged: true });
    s.activity(at, topic.externalId, Math.round(30 + 500 * ((at - s.start) / s.duration)), ++total, total);
    return { id: s.comment(at, rumourPost, who.accountId, text), by: who.accountId, text, at };
  });
  // The official statement, then the talk turns and cools.
  const refuteAt = s.t(0.6);
  const official = fill(rumourRefuted.official, vars);
  s.post(refuteAt, regulator.accountId, official);
  s.sectionPost(refuteAt, topic.externalId, regulator, official);
  for (const at of s.spread(10, 0.62, 0.95)) {
    const who = rng.pick(spreaders);
    const text = fill(rng.pick(rumourRefuted.afterRefute), vars);
    s.comment(at, rumourPost, who.accountId, text);
    s.activity(at, topic.externalId, Math.max(5, Math.round(300 * (1 - (at - refuteAt) / (s.t(1) - refuteAt)))), ++total, 19);
  }
  s.baseline('search', name, 0.05);
  s.surge('search', name, 0.05, 3, 300, 0.08, 0.6);
  s.surge('topic_heat', topic.externalId, 1, 1, 15, 0.08, 0.6);
  s.surge('stranger_dm', owner.accountId, 0.05, 2, 30, 0.1, 0.6);

  const ids = [
    s.report(s.t(0.15), {
      channel: 'post', category: 'rumour', reporter: { accountId: owner.accountId, isMinor: false },
      subject: { contentId: rumourPost, accountId: spreaders[0].accountId, text: rumourText }, target: { accountId: owner.accountId, isMinor: false },
      description: '我的饭店所有食材都有检测报告，这是造谣',
    }),
    ...echoes.filter((_, i) => i % 6 === 1).map((c) => s.report(c.at + 120_000, {
      channel: 'comment', category: 'rumour', reporter: { accountId: owner.accountId, isMinor: false },
      subject: { contentId: c.id, accountId: c.by, text: c.text, context: [rumourText], createdAt: c.at }, target: { accountId: owner.accountId, isMinor: false },
    })),
  ];
  // After the refutation the platform asks what to pin under the topic and the post.
  s.add(s.t(0.65), { op: 'authoritative', term: name });
  s.add(s.t(0.95), { op: 'authoritative', term: topic.name });
  s.background();
  return {
    name: 'rumour-refuted', seed: options.seed, start: s.start, duration: s.duration, items: s.done(),
    story: `A rumour that ${name}'s restaurant in ${place} uses gutter oil spreads under ${topic.name} until the market regulator refutes it.`,
    cast: { targetName: name, targetAccountId: owner.accountId, terms: [name, topic.name], sections: { topic }, minorAccountIds: [] },
    expectations: [
      { kind: 'reports-queued', stage: 'played', says: `${ids.length} rumour reports about ${name} in the queue`, externalIds: ids, minorIds: [] },
      { kind: 'sections', stage: 'played', says: `the topic ${topic.name} is in the console`, externalIds: [topic.externalId] },
      { kind: 'alert', stage: 'played', says: `an early-warning alert about ${name} or the topic`, keys: [owner.accountId, name, topic.externalId], needs: 'alerts' },
      { kind: 'statement', stage: 'staff', says: `an authoritative statement for "${name}" that the platform can pin`, term: name },
    ],
    todo: [
      `Open an incident with the key term "${name}" and add the regulator's statement as authoritative information; then \`--check=staff\` finds it through GET /api/v1/incidents/authoritative.`,
    ],
  };
}
