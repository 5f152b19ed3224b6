/**
 * Request and answer types of the platform API (/api/v1), written by hand so that the client needs
 * nothing from the server's code: an integrator can copy this folder alone. They are checked against
 * /api/v1/openapi.json by tests/integration/api-client.test.ts, so a field the document does not
 * describe fails there rather than at a platform's first call.
 */

/** ISO 8601 date-time with an offset, e.g. 2026-03-01T08:00:00Z. */
export type IsoTime = string;

export const reportChannels = ['post', 'comment', 'private_message', 'livestream', 'short_video', 'bullet_comment', 'topic', 'group', 'account'] as const;
export type ReportChannel = (typeof reportChannels)[number];

export const mediaKinds = ['image', 'video', 'thumbnail', 'snapshot'] as const;
/**
 * A picture or video in evidence: the console fetches url itself (never shows it to a browser) and
 * shows the file only if its bytes hash to sha256 (hex). At most 10 per report or video.
 */
export type MediaItem = { kind: (typeof mediaKinds)[number]; url: string; sha256: string; mimeType?: string };

export type ReportInput = {
  externalId: string;
  channel: ReportChannel;
  category?: string;
  reporter: { accountId: string; isMinor?: boolean };
  subject: { contentId?: string; accountId: string; text: string; context?: string[]; createdAt: IsoTime; media?: MediaItem[] };
  /** The person attacked; required on content channels. */
  target?: { accountId: string; isMinor: boolean };
  description?: string;
};
export type CaseStatus = 'open' | 'escalated' | 'decided';
export type ReportAccepted = { id: string; caseId: string; status: CaseStatus; priority: number; dueAt: IsoTime };
export type FieldError = { field: string; message: string };
export type ReportBatchAnswer = {
  results: ({ index: number; ok: true; replayed: boolean } & ReportAccepted | { index: number; ok: false; errors: FieldError[] })[];
};

export const accountEventTypes = ['created', 'renamed', 'verified', 'minor_flag', 'joined_agency', 'left_agency'] as const;
type AccountBase = { eventId: string; accountId: string; at: IsoTime };
export type AccountEvent =
  | AccountBase & { type: 'created' | 'renamed'; handle: string; displayName: string }
  | AccountBase & { type: 'verified'; identity: string }
  | AccountBase & { type: 'minor_flag'; isMinor: boolean }
  | AccountBase & { type: 'joined_agency'; agency: { externalId: string; name?: string } }
  | AccountBase & { type: 'left_agency'; agency: { externalId: string } };
export type AccountEventsAnswer = { results: { eventId: string; replayed: boolean }[] };

export const sectionKinds = ['topic', 'group', 'board', 'entry', 'live_room'] as const;
export type SectionKind = (typeof sectionKinds)[number];
export type SectionStatus = 'open' | 'dispersed' | 'creation_suspended' | 'closed';
export const sectionEventTypes = ['created', 'renamed', 'activity', 'post'] as const;
export type SectionEvent =
  | { type: 'created'; externalId: string; kind: SectionKind; name: string; ownerAccountId?: string; createdAt?: IsoTime }
  | { type: 'renamed'; externalId: string; name: string; at?: IsoTime }
  | { type: 'activity'; externalId: string; postsLastHour: number; flaggedItems: number; totalItems: number; selfHarmItems?: number; at?: IsoTime }
  | {
    type: 'post'; externalId: string;
    post: { externalId: string; authorAccountId: string; authorCreatedAt: IsoTime; text: string; flagged?: boolean; selfHarm?: boolean; postedAt: IsoTime };
  };
export type SectionEventsAnswer = {
  results: ({ index: number; ok: true; sectionId: string; status: SectionStatus; changed: boolean } | { index: number; ok: false; errors: FieldError[] })[];
};
export type SectionCheckAnswer = { allowed: true } | { allowed: false; rule: { id: string; pattern: string; match: string }; until: IsoTime | null };

export const commentEventTypes = ['post_created', 'comments_added'] as const;
export type CommentEvent =
  | { type: 'post_created'; postId: string; authorAccountId: string; text: string; createdAt: IsoTime }
  | { type: 'comments_added'; postId: string; comments: { commentId: string; authorAccountId: string; text: string; createdAt: IsoTime }[] };
export type CommentEventsAnswer = {
  postsCreated: number; commentsStored: number; flagged: number;
  comments: { postId: string; commentId: string; flagged: boolean; categoryId: string | null; replayed: boolean }[];
};

export const livestreamEventTypes = ['room_opened', 'room_ended', 'viewers', 'bullet_comments'] as const;
export type LivestreamEvent =
  | { type: 'room_opened'; roomId: string; hostAccountId: string; name: string; openedAt?: IsoTime }
  | { type: 'room_ended'; roomId: string; endedAt?: IsoTime }
  | { type: 'viewers'; roomId: string; viewers: number }
  | { type: 'bullet_comments'; roomId: string; comments: { bulletId: string; accountId: string; text: string; sentAt?: IsoTime }[] };
export type LivestreamEventsAnswer = {
  results: { index: number; type: LivestreamEvent['type']; roomId: string; status: string; created?: boolean; intercept?: string[]; intercepted?: number }[];
};

export type PrepublicationVideo = {
  externalId: string; title: string; description?: string; coverText?: string; uploaderAccountId: string; riskReasons: string[]; uploadedAt?: IsoTime;
  media?: MediaItem[];
};
export type PrepublicationAnswer = {
  id: string; externalId: string; status: string; selfHarm: boolean; categoryId: string | null; decisionReason: string | null; decidedAt: IsoTime | null;
};

export type AppealInput = { externalId: string; sanctionId?: string; reference?: string; statement?: string };
export type AppealAnswer = { id: string; sanctionId: string; status: 'open' | 'upheld' | 'overturned'; filedAt: IsoTime };

export type RegistrationCheckInput = { identity: string } | { identities: string[] };
type RegistrationAnswerOne = { allowed: true } | { allowed: false; until: IsoTime | null };
export type RegistrationCheckAnswer = RegistrationAnswerOne | { results: RegistrationAnswerOne[] };

/** An until is an ISO time, "indefinite", or null when not in force. */
export type Until = IsoTime | 'indefinite' | null;
export type RestrictionsAnswer = {
  at: IsoTime;
  accounts: { accountId: string; closed: boolean; prepostWarning: boolean; mutedUntil: Until; privateMessagesSuspendedUntil: Until; lastWarnedAt: IsoTime | null }[];
};

export type ProtectionChannel = 'stranger_dm' | 'comment' | 'forward' | 'mention';
export type ProtectionAnswer = {
  at: IsoTime;
  accounts: { accountId: string; protected: boolean; closed: ProtectionChannel[]; until: IsoTime | null; setBy: 'account' | 'staff' | null; since: IsoTime | null; dmPreference: 'everyone' | 'following' | 'nobody' }[];
};

export type AuthoritativeQuery = { incident?: string; term?: string; section?: string };
export type AuthoritativeAnswer = { statements: { id: string; incidentId: string; source: string; text: string; link?: string | null; statedAt: IsoTime }[] };

export type ReportStatusAnswer = {
  reports: ({ externalId: string; found: false } | {
    externalId: string; found: true; caseId: string; status: CaseStatus; priority: number; involvesMinor: boolean;
    selfHarm: boolean; categoryId: string | null; receivedAt: IsoTime; dueAt: IsoTime; decision: string | null;
  })[];
};
export type SectionStatusAnswer = {
  sections: ({ externalId: string; found: false } | {
    externalId: string; found: true; sectionId: string; kind: SectionKind; name: string; status: SectionStatus;
    heatPerHour: number; flaggedItems: number; totalItems: number; incidentId: string | null;
  })[];
};

// Early-warning signals (notice I.3), pre-check (IV.1(1)) and private-message checks (II.2) come
// from other work; the client sends them only when the console's document lists the route.
export const signalKinds = ['stranger_dm', 'mention', 'comment_on', 'report', 'topic_heat', 'search'] as const;
export type SignalKind = (typeof signalKinds)[number];
export type Signal = { kind: SignalKind; key: string; at: IsoTime; count?: number };
export type SignalsInput = { signals: Signal[]; batchId?: string };
export type SignalsAnswer = Record<string, unknown>;
export type PrecheckItem = {
  id: string; kind: 'post' | 'comment' | 'dm' | 'bullet' | 'video_title' | 'profile'; text: string; authorAccountId: string; targetAccountId?: string;
};
export type PrecheckAnswer = { results?: { id: string; decision: 'allow' | 'remind' | 'hold' | 'block'; categoryId: string | null; score: number; reasons: unknown }[] } & Record<string, unknown>;
export type DmCheckInput = { sender: string; recipient: string; text?: string };
export type DmCheckAnswer = { decision: 'allow' | 'limit' | 'deny' } & Record<string, unknown>;
export type Alert = { id: string; kind: SignalKind; key: string; beganAt: IsoTime; detectedAt: IsoTime; peakRate: number; baseline: number; minor: boolean; status: string };
export type AlertsAnswer = { alerts: Alert[]; nextCursor: string | null };

export type ApiError = {
  code: 'unauthorized' | 'invalid_json' | 'invalid_input' | 'payload_too_large' | 'conflict' | 'not_found' | 'rate_limited' | 'internal' | 'network' | string;
  message: string;
  requestId?: string;
  errors?: FieldError[];
};
/** Every call answers a result, never throws: ok with the status and body, or the error the console gave. */
export type ApiResult<T> = { ok: true; status: number; data: T } | { ok: false; status: number; error: ApiError };
