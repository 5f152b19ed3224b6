import { createHash } from 'node:crypto';
import type { ApiClient, ApiResult, Features } from '@/lib/api-client';
import { opOrder, type Op, type PlatformItem, type Scenario, type Timed } from './model';
import type { Stats } from './stats';

const batchSize: Record<Op, number> = {
  account: 500, section: 500, livestream: 500, comment: 500, video: 1, report: 1000, signal: 10_000, precheck: 1000, dmCheck: 1, authoritative: 1,
};

/** Which ops a console without the optional routes cannot take (the run says so once and skips them). */
export function skippedOps(features: Features): Op[] {
  return [...(features.signals ? [] : ['signal' as const]), ...(features.precheck ? [] : ['precheck' as const]), ...(features.dmChecks ? [] : ['dmCheck' as const])];
}

type Of<O extends Op> = Extract<PlatformItem, { op: O }>;

async function send(client: ApiClient, op: Op, items: PlatformItem[], stats: Stats, batchNo: number): Promise<void> {
  const note = (what: string, r: ApiResult<unknown>) => {
    if (!r.ok) stats.fail(`${what}: ${r.status} ${r.error.code} ${r.error.message}`);
  };
  const as = <O extends Op>(_: O) => items as Of<O>[];
  switch (op) {
    case 'account': return note('accounts/events', await client.receiveAccountEvents(as('account').map((i) => i.event)));
    case 'section': {
      const r = await client.receiveSectionEvents(as('section').map((i) => i.event));
      note('sections/events', r);
      if (r.ok) for (const x of r.data.results) if (!x.ok) stats.fail(`sections/events item ${x.index}: ${JSON.stringify(x.errors)}`);
      return;
    }
    case 'livestream': return note('livestreams/events', await client.receiveLivestreamEvents(as('livestream').map((i) => i.event)));
    case 'comment': return note('comments/events', await client.receiveCommentEvents(as('comment').map((i) => i.event)));
    case 'video': return note('videos/prepublication', await client.holdVideoForReview(as('video')[0].video));
    case 'report': {
      const r = await client.receiveReportBatch(as('report').map((i) => i.report));
      note('reports/batch', r);
      if (r.ok) for (const x of r.data.results) if (!x.ok) stats.fail(`reports/batch item ${x.index}: ${JSON.stringify(x.errors)}`);
      return;
    }
    case 'signal': return note('signals', await client.sendSignals({ signals: as('signal').map((i) => i.signal), batchId: batchIdOf(items, batchNo) }));
    case 'precheck': return note('precheck', await client.precheck(as('precheck').map((i) => i.item)));
    case 'dmCheck': return note('dm-checks', await client.checkPrivateMessage(as('dmCheck')[0].check));
    case 'authoritative': return note('incidents/authoritative', await client.readAuthoritativeStatements({ term: as('authoritative')[0].term }));
  }
}

// A replayed batch (same seed, same content) must not double the counts: its id is its content's hash.
const batchIdOf = (items: PlatformItem[], _n: number) => `sim-${createHash('sha256').update(JSON.stringify(items)).digest('hex').slice(0, 32)}`;

/** Sends the items due, op by op in dependency order, in batches. */
async function flush(client: ApiClient, due: Timed[], skip: Set<Op>, stats: Stats, counter: { n: number }) {
  for (const op of opOrder) {
    if (skip.has(op)) continue;
    const items = due.filter((t) => t.item.op === op).map((t) => t.item);
    for (let i = 0; i < items.length; i += batchSize[op]) {
      const batch = items.slice(i, i + batchSize[op]);
      stats.items += batch.length;
      await send(client, op, batch, stats, counter.n++);
    }
  }
}

export type PlayOptions = {
  /** How many times faster than the wall clock event time runs; Infinity sends everything at once. */
  speed: number;
  tickMs?: number;
  onProgress?: (sent: number, total: number) => void;
};

/**
 * Plays the scenario against the console: event time starts at scenario.start and runs `speed`
 * times faster than the wall clock; each tick sends what has come due.
 */
export async function play(client: ApiClient, scenario: Scenario, features: Features, stats: Stats, options: PlayOptions): Promise<void> {
  const skip = new Set(skippedOps(features));
  const counter = { n: 0 };
  const items = scenario.items;
  const tick = options.tickMs ?? 250;
  const wallStart = Date.now();
  let next = 0;
  while (next < items.length) {
    const eventNow = Number.isFinite(options.speed) ? scenario.start + (Date.now() - wallStart) * options.speed : Infinity;
    let end = next;
    while (end < items.length && items[end].at <= eventNow) end++;
    if (end > next) {
      await flush(client, items.slice(next, end), skip, stats, counter);
      next = end;
      options.onProgress?.(next, items.length);
    }
    if (next < items.length) {
      const wait = Math.min(tick, Math.max(0, (items[next].at - eventNow) / options.speed));
      await new Promise((r) => setTimeout(r, Math.max(wait, 5)));
    }
  }
}
