import type { z } from 'zod';

export type ErrorCode =
  | 'invalid_input' | 'unauthenticated' | 'forbidden' | 'not_found' | 'conflict' | 'lease_expired' | 'internal';

export type ActionError = { code: ErrorCode; message: string; fields?: Record<string, string[]> };
export type ActionResult<T> = { ok: true; data: T } | { ok: false; error: ActionError };

/** Thrown inside an action to roll its transaction back and answer with this error. */
export class DomainError extends Error {
  constructor(readonly code: ErrorCode, message: string, readonly fields?: Record<string, string[]>) {
    super(message);
    this.name = 'DomainError';
  }
}

/** zod issues keyed by dotted field path, e.g. { "subject.text": ["Required"] }. */
export function fieldErrors(error: z.ZodError): Record<string, string[]> {
  const fields: Record<string, string[]> = {};
  for (const issue of error.issues) {
    const key = issue.path.length ? issue.path.map(String).join('.') : '(root)';
    (fields[key] ??= []).push(issue.message);
  }
  return fields;
}

export function describeFields(fields: Record<string, string[]>): string {
  return Object.entries(fields).map(([k, v]) => `${k}: ${v.join('; ')}`).join(', ');
}
