import { randomUUID } from 'node:crypto';
import { and, eq, isNull } from 'drizzle-orm';
import type { z } from 'zod';
import { getDb, type Db, type Tx } from '@/db/client';
import { apiKeys } from '@/db/schema';
import { DomainError } from '@/lib/actions/result';
import { hashApiKey } from '@/lib/apikeys/keys';
import { writeAudit, type Actor, type AuditInput } from '@/lib/audit/write';
import { toFieldErrors, type FieldError } from './field-errors';
import { unstorableFields } from '@/lib/validation/storable';
import {
  type ApiErrorCode, apiCodeOf, BodyNotUtf8, BodyTooLarge, errorResponse, fieldsToList, isBadValueError, isJsonContentType, jsonResponse, readBody, sqlState,
} from './http';

export type CallingKey = { id: string; name: string; prefix: string };

export type RouteContext<I> = {
  tx: Tx;
  input: I;
  apiKey: CallingKey;
  actor: Actor;
  requestId: string;
  /** One clock reading per request: everything the request stores carries the same time. */
  now: Date;
  params: Record<string, string>;
  /** Records an audit row, written in this transaction. Reads and replays record none. */
  audit: (entry: AuditInput) => void;
};

export type RouteDefinition<S extends z.ZodType, O> = {
  name: string;
  input: S;
  /** Returns the JSON body (sent with 200), or a Response for another status. */
  run: (ctx: RouteContext<z.output<S>>) => Promise<O | Response>;
};

export type RouteHandler = (req: Request, ctx: { params: Promise<Record<string, string>> }) => Promise<Response>;

export const MAX_BODY_BYTES = 16 * 1024 * 1024;
const KEY_TOUCH_INTERVAL_MS = 60_000;
// Serialization failures, deadlocks and unique violations mean a concurrent writer won a race; the
// platform API's writes are idempotent, so running again answers with the winner's result.
const RETRYABLE = new Set(['40001', '40P01', '23505']);
const ATTEMPTS = 3;

/**
 * The one path every platform API route takes, the counterpart of defineAction: API key → JSON →
 * zod → one transaction with its audit rows. Every answer is JSON; anything unexpected rolls the
 * transaction back and answers 500 with the request id to quote.
 */
export function defineRoute<S extends z.ZodType, O>(def: RouteDefinition<S, O>): RouteHandler {
  return async (req, routeCtx) => {
    const requestId = req.headers.get('x-request-id')?.match(/^[\w.:-]{1,100}$/)?.[0] ?? randomUUID();
    const fail = (code: ApiErrorCode, message: string, errors?: FieldError[]) =>
      errorResponse({ code, message, requestId, ...(errors ? { errors } : {}) });
    try {
      const db = await getDb();
      const apiKey = await authenticate(db, req.headers.get('authorization'));
      if (!apiKey) return fail('unauthorized', 'A valid, unrevoked API key is required: send "Authorization: Bearer <key>".');

      let raw: unknown;
      if (req.method === 'GET' || req.method === 'HEAD') {
        raw = Object.fromEntries(new URL(req.url).searchParams);
      } else {
        if (!isJsonContentType(req.headers.get('content-type'))) {
          return fail('unsupported_media_type', 'Send the body as JSON with "Content-Type: application/json".');
        }
        let text: string;
        try {
          text = await readBody(req, MAX_BODY_BYTES);
        } catch (error) {
          if (error instanceof BodyTooLarge) return fail('payload_too_large', `The body may be at most ${MAX_BODY_BYTES} bytes.`);
          if (error instanceof BodyNotUtf8) return fail('invalid_json', 'The body is not valid UTF-8.');
          throw error;
        }
        try {
          raw = JSON.parse(text);
        } catch {
          return fail('invalid_json', 'The body is not valid JSON.');
        }
      }
      // Before the route's own schema: no route, including one added later, can pass such a value on.
      const unstorable = unstorableFields(raw, req.method === 'GET' || req.method === 'HEAD' ? '(query)' : '(body)');
      const parsed = def.input.safeParse(raw);
      if (unstorable.length || !parsed.success) {
        // Every field's problem at once: the storable check's and the route's own rules'.
        const own = parsed.success ? [] : toFieldErrors(parsed.error);
        const errors = [...unstorable, ...own.filter((e) => !unstorable.some((u) => u.field === e.field))];
        return fail('invalid_input', `Invalid input: ${errors.map((e) => e.field).join(', ')}`, errors);
      }

      const params = (await routeCtx?.params) ?? {};
      const actor: Actor = { type: 'api_key', id: apiKey.id, label: `${apiKey.name} (${apiKey.prefix}…)` };
      const result = await inTransaction(db, async (tx) => {
        const entries: AuditInput[] = [];
        const out = await def.run({
          tx, input: parsed.data, apiKey, actor, requestId, now: new Date(), params, audit: (e) => void entries.push(e),
        });
        // A refusal the route answers itself (409, 429, …) keeps nothing it may have written.
        if (out instanceof Response && out.status >= 400) throw new RefusedResponse(out);
        await writeAudit(tx, actor, requestId, entries);
        return out;
      }).catch((error) => {
        if (error instanceof RefusedResponse) return error.response;
        throw error;
      });
      if (result instanceof Response) {
        result.headers.set('x-request-id', requestId);
        result.headers.set('cache-control', 'no-store');
        return result;
      }
      return jsonResponse(200, result, requestId);
    } catch (error) {
      if (error instanceof DomainError) return fail(apiCodeOf(error.code), error.message, fieldsToList(error.fields));
      if (isBadValueError(error)) return fail('invalid_input', 'A value in the request is out of range or cannot be stored.');
      if (sqlState(error) === '23505') return fail('conflict', 'A concurrent request changed the same data; send the request again.');
      // The driver's message only: Drizzle's own message carries the query parameters, which here
      // are reported content and personal data that must not end up in server logs.
      const cause = (error as { cause?: Error }).cause ?? (error as Error);
      console.error(`[route ${def.name}] request ${requestId} failed: ${sqlState(error) ?? ''} ${cause?.message ?? String(error)}`);
      return fail('internal', `Something went wrong (request ${requestId}). Nothing was saved.`);
    }
  };
}

class RefusedResponse extends Error {
  constructor(readonly response: Response) {
    super('refused');
  }
}

async function inTransaction<T>(db: Db, work: (tx: Tx) => Promise<T>): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await db.transaction(work);
    } catch (error) {
      const state = sqlState(error);
      if (attempt >= ATTEMPTS || !state || !RETRYABLE.has(state)) throw error;
    }
  }
}

async function authenticate(db: Db, authorization: string | null): Promise<CallingKey | null> {
  const key = authorization?.match(/^Bearer\s+(\S+)\s*$/i)?.[1];
  if (!key) return null;
  const [row] = await db
    .select({ id: apiKeys.id, name: apiKeys.name, prefix: apiKeys.prefix, lastUsedAt: apiKeys.lastUsedAt })
    .from(apiKeys)
    .where(and(eq(apiKeys.keyHash, hashApiKey(key)), isNull(apiKeys.revokedAt)));
  if (!row) return null;
  // Outside the request's transaction and at most once a minute: a per-request update would make
  // every concurrent request of one integration queue on this row's lock.
  const now = new Date();
  if (!row.lastUsedAt || now.getTime() - row.lastUsedAt.getTime() > KEY_TOUCH_INTERVAL_MS) {
    await db.update(apiKeys).set({ lastUsedAt: now }).where(eq(apiKeys.id, row.id));
  }
  return { id: row.id, name: row.name, prefix: row.prefix };
}
