import type { GenerateOptions, Scenario } from '../model';
import { fill, Script } from '../script';
import { doxxing, places, schools } from '../texts';

/**
 * A minor's personal details posted: her school, class, home address and phone number in a school
 * gossip group and under a post, spreading in comments; she and her parent report it.
 */
export function doxxingScenario(options: GenerateOptions): Scenario {
  const s = new Script(options, 2);
  const { rng } = s;
  const minorName = s.personName();
  const place = rng.pick(places);
  const school = rng.pick(schools);
  const digits = String(rng.int(10_000_000, 99_999_999));
  const vars = { minorName, place, school, digits };

  const girl = s.account(s.start, { name: minorName, minor: true, registeredAt: s.start - rng.int(60, 400) * 86_400_000 });
  const parent = s.account(s.start, { name: s.personName(), verified: true, registeredAt: s.start - 2000 * 86_400_000 });
  const poster = s.account(s.start, { name: `${school.slice(0, 2)}匿名`, registeredAt: s.start - rng.int(1, 5) * 86_400_000 });
  const classmates = Array.from({ length: 10 }, () => s.account(s.start, { name: s.personName(), minor: rng.chance(0.6), registeredAt: s.start - rng.int(30, 700) * 86_400_000 }));

  const group = s.section(s.t(0.05), 'group', fill(doxxing.group, vars), poster.accountId);
  const doxText = fill(doxxing.post[0], vars);
  const doxAt = s.t(0.1);
  s.sectionPost(doxAt, group.externalId, poster, doxText, { flagged: true });
  const post = s.post(doxAt, poster.accountId, fill(doxxing.post[2], vars));
  const photo = s.sectionPost(s.t(0.2), group.externalId, poster, fill(doxxing.post[1], vars), { flagged: true });
  let total = 2;
  for (const at of s.spread(20, 0.15, 0.85)) {
    const who = rng.pick(classmates);
    const text = fill(rng.pick(doxxing.comment), vars);
    s.comment(at, post, who.accountId, text);
    s.sectionPost(at, group.externalId, who, text);
    total++;
    s.activity(at, group.externalId, Math.round(10 + 200 * ((at - s.start) / s.duration)), total, 2);
  }
  s.baseline('search', minorName, 0.02);
  s.surge('search', minorName, 0.02, 5, 1000, 0.1, 0.7);
  s.surge('stranger_dm', girl.accountId, 0.05, 5, 300, 0.15, 0.7);

  const minors = [
    s.report(s.t(0.25), {
      channel: 'post', category: 'privacy_invasion', reporter: { accountId: girl.accountId, isMinor: true },
      subject: { contentId: post, accountId: poster.accountId, text: fill(doxxing.post[2], vars), createdAt: doxAt }, target: { accountId: girl.accountId, isMinor: true },
      description: '有人把我的学校、住址和电话发到网上了',
    }),
    s.report(s.t(0.3), {
      channel: 'post', category: 'privacy_invasion', reporter: { accountId: parent.accountId, isMinor: false },
      subject: { contentId: `${group.externalId}/${photo}`, accountId: poster.accountId, text: fill(doxxing.post[1], vars), context: [doxText] },
      target: { accountId: girl.accountId, isMinor: true }, description: '我女儿才14岁，请立即删除',
    }),
    s.report(s.t(0.35), {
      channel: 'group', category: 'privacy_invasion', reporter: { accountId: parent.accountId, isMinor: false },
      subject: { contentId: group.externalId, accountId: poster.accountId, text: group.name, context: [doxText] }, target: { accountId: girl.accountId, isMinor: true },
    }),
  ];
  s.background();
  return {
    name: 'doxxing', seed: options.seed, start: s.start, duration: s.duration, items: s.done(),
    story: `${minorName}, a pupil at ${school}, has her class, home address and phone number posted in the group ${group.name}; classmates spread it; she and her parent report it.`,
    cast: { targetName: minorName, targetAccountId: girl.accountId, terms: [minorName], sections: { group }, minorAccountIds: [girl.accountId] },
    expectations: [
      { kind: 'reports-queued', stage: 'played', says: `${minors.length} reports about ${minorName} at the top of the queue (a minor), each due within the hour`, externalIds: minors, minorIds: minors },
      { kind: 'sections', stage: 'played', says: `the group ${group.name} is in the console`, externalIds: [group.externalId] },
      { kind: 'alert', stage: 'played', says: `an early-warning alert about searches for ${minorName} or messages to her`, keys: [girl.accountId, minorName], needs: 'alerts' },
    ],
    todo: [
      `In /queue, the reports about ${minorName} are first; decide them within the hour.`,
      `Open an incident with the key term "${minorName}" and fold the posts with her details in ${group.name}.`,
    ],
  };
}
