import type { Scenario, GenerateOptions } from '../model';
import { fill, Script } from '../script';
import { pileOn, places } from '../texts';

/**
 * A pile-on against a private person: a rumour about her, a topic named after her, insults under the
 * rumour, an MCN agency's accounts joining in to push it, stranger messages and searches for her name
 * rising, a live room by the rumour's author, a short video held before publication, her teenage
 * cousin attacked for defending her, and the reports the two of them file.
 */
export function pileOnScenario(options: GenerateOptions): Scenario {
  const s = new Script(options, 1);
  const { rng } = s;
  const name = s.personName();
  const minorName = s.personName();
  const place = rng.pick(places);
  const longAgo = (days: number) => s.start - days * 86_400_000;

  const victim = s.account(s.start, { name, verified: true, registeredAt: longAgo(rng.int(400, 2000)) });
  const cousin = s.account(s.start, { name: minorName, minor: true, registeredAt: longAgo(rng.int(30, 300)) });
  const author = s.account(s.start, { name: `${rng.pick(['吃瓜', '爆料', '真相'])}${rng.pick(['小王', '老李', '阿强'])}`, registeredAt: longAgo(rng.int(100, 900)) });
  const influencer = s.account(s.start, { name: `${rng.pick(['娱乐', '热点'])}大V${rng.int(1, 99)}`, verified: true, registeredAt: longAgo(1500) });
  const agency = { externalId: `${s.prefix}-agency-1`, name: `${rng.pick(['星耀', '流量', '乘风'])}传媒MCN` };
  const agents = Array.from({ length: 4 }, (_, i) => s.account(s.start, { name: `${agency.name.slice(0, 2)}签约${i + 1}号`, agency, registeredAt: longAgo(rng.int(20, 200)) }));
  // New accounts among the attackers: the pile-on recruits.
  const mob = Array.from({ length: 16 }, (_, i) => s.account(s.start, { name: s.personName(), registeredAt: i < 6 ? s.start - rng.int(1, 48) * 3_600_000 : longAgo(rng.int(30, 900)) }));
  const vars = { name, minorName, place, handle: victim.handle };

  // The rumour, then the topic named after her, and a board that gathers it.
  const rumourAt = s.t(0.05);
  const rumourText = fill(rng.pick(pileOn.rumour), vars);
  const rumourPost = s.post(rumourAt, author.accountId, rumourText);
  const topic = s.section(s.t(0.1), 'topic', fill(pileOn.topic[0], vars));
  const board = s.section(s.t(0.1), 'board', `${name}事件讨论区`);
  s.sectionPost(s.t(0.1), board.externalId, author, rumourText, { flagged: true });

  let total = 0;
  let flagged = 0;
  const comments: { id: string; by: string; text: string; at: number }[] = [];
  for (const at of s.spread(40, 0.12, 0.9)) {
    const who = rng.pick(mob);
    const text = fill(rng.pick(pileOn.insult), vars);
    comments.push({ id: s.comment(at, rumourPost, who.accountId, text), by: who.accountId, text, at });
    s.sectionPost(at, topic.externalId, who, text, { flagged: true });
    total += 1;
    flagged += 1;
    s.activity(at, topic.externalId, Math.round(20 + 600 * ((at - s.start) / s.duration)), total + 5, flagged);
  }
  // Her cousin (a minor) defends her and is attacked in turn.
  const defence = s.comment(s.t(0.3), rumourPost, cousin.accountId, `别造谣了，我${name}姐根本不是这样的人`);
  const atMinor = s.spread(3, 0.32, 0.5).map((at) => {
    const who = rng.pick(mob);
    const text = fill(rng.pick(pileOn.atMinor), vars);
    return { id: s.comment(at, rumourPost, who.accountId, text), by: who.accountId, text, at };
  });

  // The agency's accounts join in to push the topic.
  for (const at of s.spread(8, 0.4, 0.8)) {
    const agent = rng.pick(agents);
    const text = fill(rng.pick(pileOn.agency), vars);
    s.sectionPost(at, topic.externalId, agent, text, { flagged: true });
    s.comment(at, rumourPost, agent.accountId, text);
  }

  // The rumour's author opens a live room about her.
  const room = s.room(s.t(0.5), author.accountId, fill(pileOn.room, vars));
  for (const [i, at] of s.spread(30, 0.5, 0.85).entries()) {
    s.bullet(at, room.externalId, rng.pick([...mob, ...agents]).accountId, fill(rng.pick(pileOn.bullets), vars));
    if (i % 10 === 0) s.viewers(at, room.externalId, 200 + i * 150);
  }
  s.add(s.t(0.9), { op: 'livestream', event: { type: 'room_ended', roomId: room.externalId, endedAt: new Date(s.t(0.9)).toISOString() } });

  // A short video by an agency member, held for review before publication.
  s.add(s.t(0.6), { op: 'video', video: {
    externalId: s.id('video'), title: fill(pileOn.video.title, vars), coverText: fill(pileOn.video.cover, vars), description: rumourText,
    uploaderAccountId: agents[0].accountId, riskReasons: ['rumour', 'insult'], uploadedAt: new Date(s.t(0.6)).toISOString(),
  } });

  // Early-warning signals: a quiet history, then stranger messages, mentions, searches and the topic's heat rising.
  s.baseline('stranger_dm', victim.accountId, 0.05);
  s.baseline('search', name, 0.1);
  // Peaks of 15–20 a minute, over by 70 % of the run: a detector working in event time (with a couple
  // of minutes' allowance for late signals) sees them even in a five-minute run.
  s.surge('stranger_dm', victim.accountId, 0.05, 2, 400, 0.1, 0.7);
  s.surge('mention', victim.accountId, 0.1, 2, 150, 0.1, 0.7);
  s.surge('search', name, 0.1, 2, 200, 0.1, 0.7);
  s.surge('topic_heat', topic.externalId, 1, 1, 20, 0.1, 0.9);
  // A few stranger messages go through the private-message check (where the console offers it).
  for (const at of s.spread(6, 0.3, 0.8)) {
    const sender = rng.pick(mob);
    const text = fill(rng.pick(pileOn.dm), vars);
    s.add(at, { op: 'dmCheck', check: { sender: sender.accountId, recipient: victim.accountId, text } });
    s.add(at, { op: 'precheck', item: { id: s.id('pre'), kind: 'dm', text, authorAccountId: sender.accountId, targetAccountId: victim.accountId } });
  }

  // Reports: hers about the rumour and insults, the topic as a whole, and her cousin's.
  const adult: string[] = [];
  const minors: string[] = [];
  adult.push(s.report(s.t(0.2), {
    channel: 'post', category: 'rumour', reporter: { accountId: victim.accountId, isMinor: false },
    subject: { contentId: rumourPost, accountId: author.accountId, text: rumourText, createdAt: rumourAt }, target: { accountId: victim.accountId, isMinor: false },
    description: '这是造谣，我根本不认识帖子里说的人',
  }));
  for (const c of comments.filter((_, i) => i % 8 === 3)) {
    adult.push(s.report(c.at + 60_000, {
      channel: 'comment', category: 'insult', reporter: { accountId: victim.accountId, isMinor: false },
      subject: { contentId: c.id, accountId: c.by, text: c.text, context: [rumourText], createdAt: c.at }, target: { accountId: victim.accountId, isMinor: false },
    }));
  }
  adult.push(s.report(s.t(0.7), {
    channel: 'topic', category: 'incitement', reporter: { accountId: influencer.accountId, isMinor: false },
    subject: { contentId: topic.externalId, accountId: author.accountId, text: topic.name }, description: '话题专门用来攻击一个普通人',
  }));
  for (const c of atMinor) {
    minors.push(s.report(c.at + 30_000, {
      channel: 'comment', category: 'insult', reporter: { accountId: cousin.accountId, isMinor: true },
      subject: { contentId: c.id, accountId: c.by, text: c.text, context: [rumourText, `别造谣了，我${name}姐根本不是这样的人`], createdAt: c.at },
      target: { accountId: cousin.accountId, isMinor: true },
    }));
  }
  // The platform reads what to pin under the topic once the console has a statement.
  s.add(s.t(0.95), { op: 'authoritative', term: name });
  s.background();

  const ids = [...adult, ...minors];
  return {
    name: 'pile-on', seed: options.seed, start: s.start, duration: s.duration, items: s.done(),
    story: `A pile-on against ${name}, a private person in ${place}: a rumour, the topic ${topic.name}, ${agency.name}'s accounts joining in, stranger messages rising, a live room by the rumour's author; her cousin ${minorName} (a minor) is attacked for defending her.`,
    cast: {
      targetName: name, targetAccountId: victim.accountId, terms: [name, topic.name],
      sections: { topic, board, room }, minorAccountIds: [cousin.accountId],
    },
    expectations: [
      { kind: 'reports-queued', stage: 'played', says: `${ids.length} reports in the queue, ${minors.length} involving a minor ahead of the rest and due within the hour`, externalIds: ids, minorIds: minors },
      { kind: 'sections', stage: 'played', says: `the topic ${topic.name}, the board and the live room are in the console`, externalIds: [topic.externalId, board.externalId, room.externalId] },
      { kind: 'alert', stage: 'played', says: `an early-warning alert about ${name} (stranger messages, mentions, searches or the topic's heat)`, keys: [victim.accountId, name, topic.externalId], needs: 'alerts' },
      { kind: 'sections', stage: 'staff', says: `the topic ${topic.name} is dispersed`, externalIds: [topic.externalId], status: 'dispersed' },
    ],
    todo: [
      `Open an incident with the key terms "${name}" (on /incidents), then inspect its sections: ${topic.name} and ${board.name} are listed.`,
      `Disperse the topic ${topic.name}; then \`--check=staff\` confirms it.`,
      `In /queue, ${minorName}'s reports come first (minors, due within the hour).`,
    ],
  };
}
