import { z } from 'zod';
import type { Executor } from '@/db/client';
import { DomainError } from '@/lib/actions/result';
import { organisationTimeZone } from '@/lib/organisation/time-zone';
import { zonedLocalToUtc } from './zone';

/**
 * A time as typed into a datetime-local input ("2026-03-01T14:30"), read on the server in the
 * organisation's zone; an ISO instant with its offset ("…Z", "+08:00") is taken as it is, for callers
 * that already know the instant. Validated here, converted by `toInstant` inside the action.
 */
export const isWallTime = (v: string) =>
  /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,3})?)?(Z|[+-]\d{2}:\d{2})?$/.test(v) && !Number.isNaN(Date.parse(`${v.slice(0, 16)}Z`));

/** The input field; `message` for forms that translate an error code. */
export const wallTimeField = (message = 'Enter a date and time (YYYY-MM-DDTHH:MM).') =>
  z.string().trim().max(40).refine(isWallTime, { message });
export const wallTime = wallTimeField();

export async function toInstant(db: Executor, value: string, field: string): Promise<Date> {
  const zoned = /(Z|[+-]\d{2}:\d{2})$/.test(value);
  const at = zoned ? new Date(value) : zonedLocalToUtc(value, await organisationTimeZone(db));
  if (!at || Number.isNaN(at.getTime())) throw new DomainError('invalid_input', `Invalid input: ${field}: not a date and time`, { [field]: ['invalid_time'] });
  return at;
}
