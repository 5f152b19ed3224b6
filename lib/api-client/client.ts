import { apiRoutes, type RouteName } from './routes';
import type * as T from './types';

export type ClientOptions = {
  /** The console's origin, e.g. http://localhost:3000 (the client adds /api/v1). */
  baseUrl: string;
  /** A platform API key (from /admin/api-keys or `npm run apikey -- create NAME`). */
  key: string;
  /** Another fetch (tests pass one that calls the route handlers in-process). */
  fetch?: typeof fetch;
  /** Told of every answer with its route and duration, e.g. for latency figures. */
  onAnswer?: (answer: { route: RouteName; status: number; ms: number }) => void;
};

/** Which optional routes the console's document lists. */
export type Features = Record<'signals' | 'precheck' | 'dmChecks' | 'alerts' | 'reportStatus' | 'sectionStatus', boolean>;

type Query = Record<string, string | string[] | undefined>;

/**
 * A typed client of the platform API: one function per route, `Authorization: Bearer`, JSON in and
 * out. It never throws for an answer: each call resolves to `{ ok, status, data }` or
 * `{ ok: false, status, error }` with the console's error (status 0 when the console did not answer).
 */
export function createApiClient(options: ClientOptions) {
  const doFetch = options.fetch ?? fetch;
  const base = options.baseUrl.replace(/\/+$/, '') + '/api/v1';

  async function call<R>(route: RouteName, body?: unknown, query?: Query): Promise<T.ApiResult<R>> {
    const { method, path } = apiRoutes[route];
    const url = new URL(base + path);
    for (const [k, v] of Object.entries(query ?? {})) if (v !== undefined) url.searchParams.set(k, Array.isArray(v) ? v.join(',') : v);
    const started = performance.now();
    let res: Response;
    try {
      res = await doFetch(url, {
        method,
        headers: { authorization: `Bearer ${options.key}`, accept: 'application/json', ...(body === undefined ? {} : { 'content-type': 'application/json' }) },
        body: body === undefined ? undefined : JSON.stringify(body),
      });
    } catch (error) {
      return { ok: false, status: 0, error: { code: 'network', message: `${method} ${url.href}: ${(error as Error).message}` } };
    }
    const text = await res.text();
    options.onAnswer?.({ route, status: res.status, ms: performance.now() - started });
    let json: unknown;
    try {
      json = text ? JSON.parse(text) : null;
    } catch {
      return { ok: false, status: res.status, error: { code: 'internal', message: `Not JSON (${res.status}): ${text.slice(0, 200)}` } };
    }
    if (res.ok) return { ok: true, status: res.status, data: json as R };
    const error = (json as { error?: T.ApiError } | null)?.error;
    return { ok: false, status: res.status, error: error ?? { code: String(res.status), message: text.slice(0, 200) } };
  }

  return {
    receiveReport: (report: T.ReportInput) => call<T.ReportAccepted>('receiveReport', report),
    receiveReportBatch: (reports: T.ReportInput[]) => call<T.ReportBatchAnswer>('receiveReportBatch', { reports }),
    /** Each report's case as the queue holds it, by the platform's report ids (up to 100). */
    readReportStatus: (externalIds: string[]) => call<T.ReportStatusAnswer>('readReportStatus', undefined, { externalIds }),
    receiveAccountEvents: (events: T.AccountEvent[]) => call<T.AccountEventsAnswer>('receiveAccountEvents', { events }),
    readAccountRestrictions: (accounts: string[]) => call<T.RestrictionsAnswer>('readAccountRestrictions', undefined, { accounts }),
    fileAppeal: (appeal: T.AppealInput) => call<T.AppealAnswer>('fileAppeal', appeal),
    receiveSectionEvents: (events: T.SectionEvent[]) => call<T.SectionEventsAnswer>('receiveSectionEvents', { events }),
    /** Each section's state, by the platform's section ids (up to 100). */
    readSectionStatus: (externalIds: string[]) => call<T.SectionStatusAnswer>('readSectionStatus', undefined, { externalIds }),
    checkSectionName: (check: { kind: T.SectionKind; name: string }) => call<T.SectionCheckAnswer>('checkSectionName', check),
    receiveCommentEvents: (events: T.CommentEvent[]) => call<T.CommentEventsAnswer>('receiveCommentEvents', { events }),
    receiveLivestreamEvents: (events: T.LivestreamEvent[]) => call<T.LivestreamEventsAnswer>('receiveLivestreamEvents', { events }),
    holdVideoForReview: (video: T.PrepublicationVideo) => call<T.PrepublicationAnswer>('holdVideoForReview', video),
    checkRegistration: (check: T.RegistrationCheckInput) => call<T.RegistrationCheckAnswer>('checkRegistration', check),
    readAuthoritativeStatements: (q: T.AuthoritativeQuery) => call<T.AuthoritativeAnswer>('readAuthoritativeStatements', undefined, q),
    openApiDocument: () => call<OpenApiDocument>('openApiDocument'),
    sendSignals: (input: T.SignalsInput) => call<T.SignalsAnswer>('sendSignals', input),
    precheck: (items: T.PrecheckItem[]) => call<T.PrecheckAnswer>('precheck', { items }),
    checkPrivateMessage: (check: T.DmCheckInput) => call<T.DmCheckAnswer>('checkPrivateMessage', check),
    listAlerts: (q: { since: T.IsoTime; cursor?: string }) => call<T.AlertsAnswer>('listAlerts', undefined, q),
    /** One-key protection to enforce now, for up to 100 accounts. */
    readAccountProtection: (accounts: string[]) => call<T.ProtectionAnswer>('readAccountProtection', undefined, { accounts }),
  };
}

export type ApiClient = ReturnType<typeof createApiClient>;

export type OpenApiDocument = { paths: Record<string, Record<string, unknown>>; components?: { schemas?: Record<string, unknown> } };

/** Which optional routes a console offers, read from its OpenAPI document. */
export function featuresOf(doc: OpenApiDocument): Features {
  const has = (route: RouteName) => Boolean(doc.paths[apiRoutes[route].path]?.[apiRoutes[route].method.toLowerCase()]);
  return {
    signals: has('sendSignals'), precheck: has('precheck'), dmChecks: has('checkPrivateMessage'), alerts: has('listAlerts'),
    reportStatus: has('readReportStatus'), sectionStatus: has('readSectionStatus'),
  };
}
