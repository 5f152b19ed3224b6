import type { ErrorCode } from '@/lib/actions/result';
import type { FieldError } from './field-errors';

export type ApiErrorCode =
  | 'unauthorized' | 'invalid_json' | 'invalid_input' | 'payload_too_large' | 'unsupported_media_type' | 'forbidden' | 'not_found' | 'conflict' | 'internal';

export type ApiError = { code: ApiErrorCode; message: string; requestId: string; errors?: FieldError[] };

const statusOf: Record<ApiErrorCode, number> = {
  unauthorized: 401, invalid_json: 400, invalid_input: 400, payload_too_large: 413, unsupported_media_type: 415, forbidden: 403, not_found: 404, conflict: 409, internal: 500,
};

export function jsonResponse(status: number, body: unknown, requestId: string): Response {
  return Response.json(body, { status, headers: { 'x-request-id': requestId, 'cache-control': 'no-store' } });
}

export function errorResponse(error: ApiError): Response {
  return jsonResponse(statusOf[error.code], { error }, error.requestId);
}

/** The API's name for a domain error raised inside a route (the same errors the console actions use). */
export function apiCodeOf(code: ErrorCode): ApiErrorCode {
  if (code === 'unauthenticated') return 'unauthorized';
  if (code === 'lease_expired') return 'conflict';
  return code;
}

export function fieldsToList(fields: Record<string, string[]> | undefined): FieldError[] | undefined {
  return fields && Object.entries(fields).flatMap(([field, messages]) => messages.map((message) => ({ field, message })));
}

/**
 * Database errors that can only come from a value the request sent (data exceptions: out of range,
 * not representable, bad encoding; a check constraint). They answer 400 whatever route or action
 * let the value through, so that a gap in a schema is a refusal, not a 500.
 */
export function isBadValueError(error: unknown): boolean {
  const state = sqlState(error);
  return !!state && (state.startsWith('22') || state === '23514');
}

/** The SQLSTATE of a database error, through Drizzle's wrapping ("Failed query: …" with the driver error as cause). */
export function sqlState(error: unknown): string | undefined {
  for (let e = error as { code?: unknown; cause?: unknown } | undefined, depth = 0; e && depth < 5; e = e.cause as typeof e, depth++) {
    if (typeof e.code === 'string' && /^[0-9A-Z]{5}$/.test(e.code)) return e.code;
  }
  return undefined;
}

export class BodyTooLarge extends Error {}
export class BodyNotUtf8 extends Error {}

/** Is this Content-Type JSON (application/json or a +json type)? A missing header is taken as JSON. */
export function isJsonContentType(header: string | null): boolean {
  if (header === null) return true;
  const type = header.split(';')[0].trim().toLowerCase();
  return type === 'application/json' || /^application\/[\w.+-]+\+json$/.test(type);
}

/**
 * Reads the body as UTF-8 text, refusing to buffer more than `limit` bytes whatever Content-Length
 * claims. Invalid UTF-8 is refused (BodyNotUtf8) rather than replaced with U+FFFD: stored evidence
 * must be the bytes the platform sent.
 */
export async function readBody(req: Request, limit: number): Promise<string> {
  if (Number(req.headers.get('content-length') ?? 0) > limit) throw new BodyTooLarge();
  if (!req.body) return '';
  const reader = req.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > limit) {
      await reader.cancel();
      throw new BodyTooLarge();
    }
    chunks.push(value);
  }
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(Buffer.concat(chunks));
  } catch {
    throw new BodyNotUtf8();
  }
}
