import { z } from 'zod';
import { storableText } from '@/lib/validation/storable';

/** Text as the platform sends it: see lib/validation/storable.ts. */
export const platformText = storableText;

export const platformTime = (what: string) =>
  z.iso.datetime({ offset: true, error: `${what} must be an ISO 8601 date-time, e.g. 2026-03-01T08:00:00Z` });
