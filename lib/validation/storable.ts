import { z } from 'zod';
import type { FieldError } from '@/lib/api/field-errors';

/**
 * The one rule for every text and number that reaches the database. Postgres refuses NUL in text and
 * jsonb, and a lone surrogate would be stored as U+FFFD (so an evidence hash would cover text the
 * platform never sent); integers must fit the column. Checking here turns a 500 into a 400 naming the
 * field.
 */
export const isStorableText = (s: string) => !s.includes('\u0000') && s.isWellFormed();

export const STORABLE_TEXT_MESSAGE = 'must be valid Unicode text without NUL characters';

/** Postgres integer ranges. */
export const INT4 = { min: -2_147_483_648, max: 2_147_483_647 } as const;
// int8 reaches ±9.2e18, beyond what a JSON number holds exactly: the safe-integer range is the limit.
export const INT8 = { min: Number.MIN_SAFE_INTEGER, max: Number.MAX_SAFE_INTEGER } as const;

/** A string for a text column: length-bounded, no NUL, no lone surrogate; `what` names the field. */
export function storableText(what: string, max: number, min = 1) {
  return z
    .string({ error: (issue) => (issue.input === undefined ? `${what} is required` : `${what} must be a string`) })
    .min(min, `${what} must not be empty`)
    .max(max, `${what} must be at most ${max} characters`)
    .refine(isStorableText, `${what} ${STORABLE_TEXT_MESSAGE}`);
}

type IntOptions = { min?: number; max?: number };

function integer(what: string, range: { min: number; max: number }, opts: IntOptions) {
  const min = Math.max(opts.min ?? range.min, range.min);
  const max = Math.min(opts.max ?? range.max, range.max);
  return z
    .number({ error: `${what} must be a number` })
    .int(`${what} must be a whole number`)
    .min(min, `${what} must be at least ${min}`)
    .max(max, `${what} must be at most ${max}`);
}

/** A whole number for an `integer` (int4) column, optionally narrowed. */
export const int4 = (what: string, opts: IntOptions = {}) => integer(what, INT4, opts);
/** A whole number for a `bigint` (int8) column, within what JSON carries exactly. */
export const int8 = (what: string, opts: IntOptions = {}) => integer(what, INT8, opts);

const MAX_DEPTH = 64;
const MAX_REPORTED = 20;

/**
 * Every string (value or key) anywhere in a request that no text column could store, by dotted path,
 * plus numbers JSON cannot carry exactly. Run on every API request and action input before its own
 * schema, so that a route or action added later is covered without doing anything.
 */
export function unstorableFields(value: unknown, root = '(body)'): FieldError[] {
  const found: FieldError[] = [];
  const visit = (v: unknown, path: string, depth: number) => {
    if (found.length >= MAX_REPORTED) return;
    if (typeof v === 'string') {
      if (!isStorableText(v)) found.push({ field: path, message: `${path} ${STORABLE_TEXT_MESSAGE}` });
    } else if (typeof v === 'number') {
      if (!Number.isFinite(v) || (Number.isInteger(v) && !Number.isSafeInteger(v))) found.push({ field: path, message: `${path} is out of range` });
    } else if (depth >= MAX_DEPTH) {
      found.push({ field: path, message: `${path} is nested too deeply` });
    } else if (Array.isArray(v)) {
      v.forEach((item, i) => visit(item, join(path, root, String(i)), depth + 1));
    } else if (v && typeof v === 'object' && (Object.getPrototypeOf(v) === Object.prototype || Object.getPrototypeOf(v) === null)) {
      for (const [k, item] of Object.entries(v)) {
        const p = join(path, root, k);
        if (!isStorableText(k)) found.push({ field: p, message: `The field name ${STORABLE_TEXT_MESSAGE}` });
        visit(item, p, depth + 1);
      }
    }
  };
  visit(value, root, 0);
  return found;
}

const join = (path: string, root: string, key: string) => {
  const safeKey = isStorableText(key) ? key : JSON.stringify(key);
  return path === root ? safeKey : `${path}.${safeKey}`;
};
