/**
 * Continuous work, as the break reminder counts it in the browser: a stretch starts at the first
 * activity and ends after IDLE_RESET_MS without any (a break taken), or when the reminder is
 * dismissed (the next reminder comes a full period later).
 */
export const IDLE_RESET_MS = 10 * 60_000;
export type WorkSession = { startedAt: number; lastActiveAt: number };

/** The session after activity at `now` (or a check without activity when active is false). */
export function advanceSession(state: WorkSession | null, now: number, active: boolean): WorkSession {
  if (!state || !Number.isFinite(state.startedAt) || !Number.isFinite(state.lastActiveAt) || now - state.lastActiveAt > IDLE_RESET_MS || state.startedAt > now) {
    return { startedAt: now, lastActiveAt: now };
  }
  return active ? { ...state, lastActiveAt: now } : state;
}

/** Whether a break is due: the stretch has lasted `minutes` and its member is still at work. */
export function breakDue(state: WorkSession, now: number, minutes: number): boolean {
  return now - state.startedAt >= minutes * 60_000 && now - state.lastActiveAt <= IDLE_RESET_MS;
}

export function parseSession(raw: string | null): WorkSession | null {
  try {
    const value = JSON.parse(raw ?? 'null') as Partial<WorkSession> | null;
    return value && typeof value.startedAt === 'number' && typeof value.lastActiveAt === 'number' ? { startedAt: value.startedAt, lastActiveAt: value.lastActiveAt } : null;
  } catch {
    return null;
  }
}
