import type { ReportInput, SectionKind, SignalKind } from '@/lib/api-client';
import { createRng, type Rng } from './rng';
import type { GenerateOptions, PlatformItem, Timed } from './model';
import { fill, givenNames, handles, ordinary, surnames } from './texts';

const iso = (ms: number) => new Date(ms).toISOString();

/**
 * Writes a scenario's timeline: helpers that turn "at 30% of the run, X comments on Y" into the
 * platform API's items, with ids unique to the seed (sim<seed>-…), so that two seeds never collide
 * and the same seed sent twice is a replay the console stores once.
 */
export class Script {
  readonly rng: Rng;
  readonly items: Timed[] = [];
  readonly prefix: string;
  readonly start: number;
  readonly duration: number;
  private counters = new Map<string, number>();

  constructor(readonly options: GenerateOptions, salt: number) {
    this.rng = createRng((options.seed * 2654435761 + salt) >>> 0);
    this.prefix = `sim${options.seed}`;
    this.start = options.start.getTime();
    this.duration = options.duration * 1000;
  }

  id(kind: string): string {
    const n = (this.counters.get(kind) ?? 0) + 1;
    this.counters.set(kind, n);
    return `${this.prefix}-${kind}-${n}`;
  }

  /** Event time at a fraction (0–1) of the run. */
  t(fraction: number): number {
    return this.start + Math.round(Math.min(Math.max(fraction, 0), 1) * this.duration);
  }

  /** n times spread over [from, to] (fractions), in order, with a little jitter. */
  spread(n: number, from: number, to: number): number[] {
    return Array.from({ length: n }, (_, i) => this.t(from + ((i + this.rng.next()) / Math.max(n, 1)) * (to - from))).sort((a, b) => a - b);
  }

  add(at: number, item: PlatformItem) {
    this.items.push({ at, item });
  }

  personName(): string {
    return this.rng.pick(surnames) + this.rng.pick(givenNames);
  }

  account(at: number, opts: { name: string; handle?: string; minor?: boolean; verified?: boolean; agency?: { externalId: string; name: string }; registeredAt?: number }) {
    const accountId = this.id('acct');
    const registered = opts.registeredAt ?? at;
    const handle = opts.handle ?? `${this.rng.pick(handles)}_${accountId.split('-').pop()}`;
    this.add(at, { op: 'account', event: { eventId: `${accountId}-created`, accountId, at: iso(registered), type: 'created', handle, displayName: opts.name } });
    if (opts.verified) this.add(at, { op: 'account', event: { eventId: `${accountId}-verified`, accountId, at: iso(registered), type: 'verified', identity: `SIM-ID-${accountId}` } });
    if (opts.minor) this.add(at, { op: 'account', event: { eventId: `${accountId}-minor`, accountId, at: iso(registered), type: 'minor_flag', isMinor: true } });
    if (opts.agency) this.add(at, { op: 'account', event: { eventId: `${accountId}-agency`, accountId, at: iso(at), type: 'joined_agency', agency: opts.agency } });
    return { accountId, handle, name: opts.name, registeredAt: registered, minor: Boolean(opts.minor) };
  }

  section(at: number, kind: SectionKind, name: string, ownerAccountId?: string) {
    const externalId = this.id(kind === 'live_room' ? 'room' : kind);
    if (kind !== 'live_room') {
      this.add(at, { op: 'section', event: { type: 'created', externalId, kind, name, createdAt: iso(at), ...(ownerAccountId ? { ownerAccountId } : {}) } });
    }
    return { externalId, name };
  }

  sectionPost(at: number, sectionId: string, author: { accountId: string; registeredAt: number }, text: string, flags: { flagged?: boolean } = {}) {
    const externalId = this.id('spost');
    this.add(at, { op: 'section', event: {
      type: 'post', externalId: sectionId,
      post: { externalId, authorAccountId: author.accountId, authorCreatedAt: iso(author.registeredAt), text, flagged: Boolean(flags.flagged), selfHarm: false, postedAt: iso(at) },
    } });
    return externalId;
  }

  activity(at: number, sectionId: string, postsLastHour: number, totalItems: number, flaggedItems: number) {
    this.add(at, { op: 'section', event: { type: 'activity', externalId: sectionId, postsLastHour, totalItems, flaggedItems: Math.min(flaggedItems, totalItems), at: iso(at) } });
  }

  post(at: number, authorAccountId: string, text: string) {
    const postId = this.id('post');
    this.add(at, { op: 'comment', event: { type: 'post_created', postId, authorAccountId, text, createdAt: iso(at) } });
    return postId;
  }

  comment(at: number, postId: string, authorAccountId: string, text: string) {
    const commentId = this.id('cmt');
    this.add(at, { op: 'comment', event: { type: 'comments_added', postId, comments: [{ commentId, authorAccountId, text, createdAt: iso(at) }] } });
    return commentId;
  }

  room(at: number, hostAccountId: string, name: string) {
    const room = this.section(at, 'live_room', name);
    this.add(at, { op: 'livestream', event: { type: 'room_opened', roomId: room.externalId, hostAccountId, name, openedAt: iso(at) } });
    return room;
  }

  bullet(at: number, roomId: string, accountId: string, text: string) {
    this.add(at, { op: 'livestream', event: { type: 'bullet_comments', roomId, comments: [{ bulletId: this.id('bullet'), accountId, text, sentAt: iso(at) }] } });
  }

  viewers(at: number, roomId: string, viewers: number) {
    this.add(at, { op: 'livestream', event: { type: 'viewers', roomId, viewers } });
  }

  report(at: number, r: Omit<ReportInput, 'externalId' | 'subject'> & { subject: Omit<ReportInput['subject'], 'createdAt'> & { createdAt?: number } }) {
    const externalId = this.id('rep');
    this.add(at, { op: 'report', report: { ...r, externalId, subject: { ...r.subject, createdAt: iso(r.subject.createdAt ?? at) } } });
    return externalId;
  }

  signal(at: number, kind: SignalKind, key: string, count = 1) {
    if (count > 0) this.add(at, { op: 'signal', signal: { kind, key, at: iso(at), count } });
  }

  /**
   * A key's quiet history before the story (event time, minute buckets), so that an early-warning
   * detector has a baseline to see the surge against.
   */
  baseline(kind: SignalKind, key: string, perMinute: number, hours = 6) {
    const minutes = hours * 60;
    for (let m = minutes; m > 0; m--) this.signal(this.start - m * 60_000, kind, key, this.rng.poisson(perMinute));
  }

  /** A surge: per-minute counts rising from `from` to `to` times the base rate over [f0, f1] of the run. */
  surge(kind: SignalKind, key: string, base: number, from: number, to: number, f0: number, f1: number) {
    const startMs = this.t(f0);
    const minutes = Math.max(1, Math.round((this.t(f1) - startMs) / 60_000));
    for (let m = 0; m < minutes; m++) {
      const lift = from + ((to - from) * m) / Math.max(minutes - 1, 1);
      this.signal(startMs + m * 60_000, kind, key, this.rng.poisson(base * lift));
    }
  }

  /**
   * Everyday traffic at `rate` events per second of event time: people posting, commenting, watching
   * a cooking stream and searching, and now and then a mild report. Independent of the story.
   */
  background() {
    const count = Math.round(this.options.rate * this.options.duration);
    if (count <= 0) return;
    const people = Array.from({ length: 12 }, () => this.account(this.start, { name: this.personName(), registeredAt: this.start - this.rng.int(30, 900) * 86_400_000 }));
    const topic = this.section(this.start, 'topic', this.rng.pick(ordinary.topics));
    const room = this.room(this.start, people[0].accountId, ordinary.room);
    const posts = [this.post(this.start, people[1].accountId, this.rng.pick(ordinary.posts))];
    let total = 0;
    for (const at of this.spread(count, 0, 1)) {
      const who = this.rng.pick(people);
      const roll = this.rng.next();
      if (roll < 0.35) this.comment(at, this.rng.pick(posts), who.accountId, this.rng.pick(ordinary.comments));
      else if (roll < 0.5) posts.push(this.post(at, who.accountId, this.rng.pick(ordinary.posts)));
      else if (roll < 0.7) this.bullet(at, room.externalId, who.accountId, this.rng.pick(ordinary.bullets));
      else if (roll < 0.8) {
        this.sectionPost(at, topic.externalId, who, this.rng.pick(ordinary.posts));
        total++;
        this.activity(at, topic.externalId, this.rng.int(5, 40), total + 20, 0);
      } else if (roll < 0.95) this.signal(at, 'search', this.rng.pick(ordinary.searches));
      else if (roll < 0.99) this.signal(at, 'mention', this.rng.pick(people).accountId);
      else {
        const target = this.rng.pick(people);
        this.report(at, {
          channel: 'comment', category: 'insult', reporter: { accountId: target.accountId, isMinor: false },
          subject: { accountId: who.accountId, text: this.rng.pick(ordinary.mildReport) }, target: { accountId: target.accountId, isMinor: false },
        });
      }
    }
    this.viewers(this.t(0.5), room.externalId, this.rng.int(50, 400));
  }

  done(): Timed[] {
    // Stable: items at the same time keep the order they were written in.
    return this.items.map((x, i) => ({ x, i })).sort((a, b) => a.x.at - b.x.at || a.i - b.i).map(({ x }) => x);
  }
}

export { fill };
