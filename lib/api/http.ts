import type { ErrorCode } from '@/lib/actions/result';
import type { FieldError } from './field-errors';

export type ApiErrorCode = 'unauthorized' | 'invalid_json' | 'invalid_input' | 'payload_too_large' | 'forbidden' | 'not_found' | 'conflict' | 'internal';

export type ApiError = { code: ApiErrorCode; message: string; requestId: string; errors?: FieldError[] };

const statusOf: Record<ApiErrorCode, number> = {
  unauthorized: 401, invalid_json: 400, invalid_input: 400, payload_too_large: 413, forbidden: 403, not_found: 404, conflict: 409, internal: 500,
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

/** The SQLSTATE of a database error, through Drizzle's wrapping ("Failed query: …" with the driver error as cause). */
export function sqlState(error: unknown): string | undefined {
  for (let e = error as { code?: unknown; cause?: unknown } | undefined, depth = 0; e && depth < 5; e = e.cause as typeof e, depth++) {
    if (typeof e.code === 'string' && /^[0-9A-Z]{5}$/.test(e.code)) return e.code;
  }
  return undefined;
}

export class BodyTooLarge extends Error {}

/** Reads the body as text, refusing to buffer more than `limit` bytes whatever Content-Length claims. */
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
  return Buffer.concat(chunks).toString('utf8');
}
