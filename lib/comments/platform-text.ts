import { z } from 'zod';

// Postgres refuses NUL and unpaired surrogates in text; catching them here turns a 500 into a 400
// naming the field. Shared by the comments, livestreams and videos platform APIs.
const storable = (s: string) => !s.includes('\u0000') && s.isWellFormed();

export function platformText(what: string, max: number, min = 1) {
  return z
    .string({ error: (issue) => (issue.input === undefined ? `${what} is required` : `${what} must be a string`) })
    .min(min, `${what} must not be empty`)
    .max(max, `${what} must be at most ${max} characters`)
    .refine(storable, `${what} must be valid Unicode text without NUL characters`);
}

export const platformTime = (what: string) =>
  z.iso.datetime({ offset: true, error: `${what} must be an ISO 8601 date-time, e.g. 2026-03-01T08:00:00Z` });
