import type {
  AccountEvent, CommentEvent, DmCheckInput, LivestreamEvent, PrecheckItem, PrepublicationVideo, ReportInput, SectionEvent, Signal,
} from '@/lib/api-client';

/**
 * One thing that happens on the simulated platform, at an event time, and the API call it becomes.
 * The player sends everything due in one tick as batches, in this order, so that an account exists
 * before its posts, a post before its comments and a room before its bullet comments.
 */
export type PlatformItem =
  | { op: 'account'; event: AccountEvent }
  | { op: 'section'; event: SectionEvent }
  | { op: 'livestream'; event: LivestreamEvent }
  | { op: 'comment'; event: CommentEvent }
  | { op: 'video'; video: PrepublicationVideo }
  | { op: 'report'; report: ReportInput }
  | { op: 'signal'; signal: Signal }
  | { op: 'precheck'; item: PrecheckItem }
  | { op: 'dmCheck'; check: DmCheckInput }
  | { op: 'authoritative'; term: string };
export type Op = PlatformItem['op'];
export const opOrder: readonly Op[] = ['account', 'section', 'livestream', 'comment', 'video', 'report', 'signal', 'precheck', 'dmCheck', 'authoritative'];

export type Timed = { at: number; item: PlatformItem };

/**
 * What the console should show once the scenario has played, checked through the API by --check.
 * `played` holds right after the traffic; `staff` holds once a moderator has done what `todo` says
 * (checked with --check=staff). `needs` names an optional route: without it the expectation is skipped.
 */
export type Expectation =
  | { kind: 'reports-queued'; stage: 'played'; says: string; externalIds: string[]; minorIds: string[] }
  | { kind: 'no-minors'; stage: 'played'; says: string; externalIds: string[] }
  | { kind: 'sections'; stage: 'played' | 'staff'; says: string; externalIds: string[]; status?: 'open' | 'dispersed' | 'closed' }
  | { kind: 'alert'; stage: 'played'; says: string; keys: string[]; needs: 'alerts' }
  | { kind: 'statement'; stage: 'staff'; says: string; term: string };

export type Cast = {
  /** The person the story is about (the target of the pile-on, the doxxed minor, the rumoured owner). */
  targetName: string;
  targetAccountId: string;
  /** Key terms a moderator would open the incident with. */
  terms: string[];
  /** Section ids by role in the story, e.g. { topic: 'sim7-topic-1' }. */
  sections: Record<string, { externalId: string; name: string }>;
  minorAccountIds: string[];
};

export type Scenario = {
  name: ScenarioName;
  story: string;
  seed: number;
  /** Event time when the story begins (ms since the epoch) and how long it runs (ms of event time). */
  start: number;
  duration: number;
  items: Timed[];
  cast: Cast;
  expectations: Expectation[];
  /** What staff should do in the console after it has played (printed; the staff expectations follow it). */
  todo: string[];
};

export const scenarioNames = ['pile-on', 'doxxing', 'rumour-refuted', 'quiet'] as const;
export type ScenarioName = (typeof scenarioNames)[number];

export type GenerateOptions = {
  seed: number;
  /** Event time of the first story event. */
  start: Date;
  /** Seconds of event time. */
  duration: number;
  /** Background (ordinary) platform events per second of event time, on top of the story. */
  rate: number;
};
