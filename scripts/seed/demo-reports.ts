import type { Db } from '@/db/client';
import { channel as channelEnum } from '@/db/schema/reports';
import { intakeReports } from '@/lib/reports/intake';
import { reportInput } from '@/lib/reports/intake-schema';
import { demoMediaFor } from './demo-media';
import { contexts, criticismContexts, descriptions, names, places, texts, type Lang, type Theme } from './demo-report-texts';

/** A small deterministic PRNG (mulberry32): the same demo queue on every run. */
function prng(seed: number) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const SUBJECTS = 150;
const themes = Object.keys(texts) as Theme[];
// Reporters pick a category themselves; for legitimate criticism they often pick the wrong one.
const misfiled = [undefined, 'defamation', 'insult', 'rumour'] as const;

type Planned = { at: number; report: unknown };

/** The demo reports with the time each arrives, relative to `now`. */
export function planDemoReports(now: Date): Planned[] {
  const rand = prng(20220725);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)];
  const planned: Planned[] = [];
  let externalId = 0;

  for (let s = 0; s < SUBJECTS; s++) {
    const lang: Lang = rand() < 0.55 ? 'zh' : 'en';
    const theme = themes[s % themes.length];
    // 9 channels against 10 themes: every pairing turns up within 90 subjects.
    const channel = channelEnum.enumValues[s % channelEnum.enumValues.length];
    const nameIndex = Math.floor(rand() * names[lang].length);
    const fill = (template: string) => template
      .replaceAll('{name}', names[lang][nameIndex])
      .replace(/\{(addr|phone|school|company|official|region)\}/g, (_, key: keyof (typeof places)['zh']) => pick(places[lang][key]));
    const legitimate = theme === 'legitimate';
    const minorTarget = !legitimate && (theme === 'self_harm' || rand() < 0.14);
    const pileOn = s % 12 === 5;
    const reporters = pileOn ? 10 + Math.floor(rand() * 31) : 1 + Math.floor(rand() ** 2 * 3);

    const roll = rand();
    const age = roll < 0.35 ? (5 + rand() * 175) * MINUTE : roll < 0.65 ? (3 + rand() * 21) * HOUR : (24 + rand() * 96) * HOUR;
    const firstAt = now.getTime() - age;
    const body = fill(pick(texts[theme][lang]));
    const subject = {
      contentId: channel === 'livestream' || channel === 'account' ? undefined : `demo-${channel}-${s}`,
      accountId: legitimate ? `citizen_${s % 40}` : `poster_${s % 60}`,
      text: framed(channel, lang, body, names[lang][nameIndex]),
      context: (legitimate ? criticismContexts[lang] : contexts[lang][channel]).map(fill),
      createdAt: new Date(firstAt - (10 + rand() * 600) * MINUTE).toISOString(),
      // The first subjects on picture channels carry media (no draw from rand: the queue stays the same).
      ...(s < 60 && demoMediaFor(channel) ? { media: demoMediaFor(channel) } : {}),
    };
    const target = legitimate
      ? { accountId: `official_${s % 7}`, isMinor: false }
      : { accountId: `person_${lang}_${nameIndex}`, isMinor: minorTarget };
    const omitTarget = (channel === 'group' || channel === 'account') && rand() < 0.3;

    for (let j = 0; j < reporters; j++) {
      const copies = !pileOn && rand() < 0.1 ? 2 : 1; // the same reporter reporting twice adds no priority
      for (let c = 0; c < copies; c++) {
        const spread = Math.min(age, 12 * HOUR);
        const at = j === 0 && c === 0 ? firstAt : firstAt + rand() * spread;
        planned.push({
          at,
          report: {
            externalId: `demo-${String(++externalId).padStart(4, '0')}`,
            channel,
            category: legitimate ? pick(misfiled) : rand() < 0.85 ? theme : undefined,
            reporter: { accountId: `reporter_${(s * 41 + j) % 900}`, isMinor: (minorTarget && j === 0 && rand() < 0.5) || rand() < 0.03 },
            subject,
            ...(omitTarget ? {} : { target }),
            description: pick(descriptions[lang]) || undefined,
          },
        });
      }
    }
  }
  return planned;
}

function framed(channel: string, lang: Lang, body: string, name: string): string {
  if (channel === 'topic') return lang === 'zh' ? `#${name}滚出网络# ${body}` : `#${name.replace(' ', '')}Exposed ${body}`;
  if (channel === 'group') return lang === 'zh' ? `群名：${name}吃瓜群。群公告：${body}` : `Group "${name} tea": ${body}`;
  if (channel === 'account') return lang === 'zh' ? `昵称：${name}黑料站｜简介：${body}` : `Name: ${name} Exposed | Bio: ${body}`;
  return body;
}

const seedActor = { type: 'system' as const, id: null, label: 'demo seed' };

/**
 * 300+ demo reports through the real intake path, arriving in waves from five days ago to now, so that the queue has fresh, due and overdue cases, minors, and subjects piled on by dozens.
 * Fixed externalIds make a second run a replay that stores nothing.
 */
export async function seedDemoReports(db: Db, now: Date): Promise<{ reports: number }> {
  const waves = new Map<number, unknown[]>();
  for (const p of planDemoReports(now)) {
    // Recent reports in 15-minute waves, so that one-hour deadlines look real; older ones by the hour.
    const bucket = now.getTime() - p.at < 3 * HOUR ? 15 * MINUTE : HOUR;
    const wave = Math.min(now.getTime(), Math.ceil(p.at / bucket) * bucket);
    if (!waves.has(wave)) waves.set(wave, []);
    waves.get(wave)!.push(p.report);
  }
  let stored = 0;
  await db.transaction(async (tx) => {
    for (const [at, items] of [...waves.entries()].sort(([a], [b]) => a - b)) {
      const results = await intakeReports(tx, items.map((i) => reportInput.parse(i)), {
        apiKeyId: null, actor: seedActor, requestId: `demo-seed-${new Date(at).toISOString()}`, now: new Date(at),
      });
      const refused = results.find((r) => !r.ok);
      if (refused) throw new Error(`demo report refused by intake: ${JSON.stringify(refused)}`);
      stored += results.filter((r) => r.ok && !r.replayed).length;
    }
  });
  return { reports: stored };
}
