import { describe, expect, it } from 'vitest';
import { restrictionsInForce, type InForce } from './restrictions';

const now = new Date('2026-11-25T12:00:00Z');
const at = (h: number) => new Date(now.getTime() + h * 3_600_000);
const s = (type: InForce['type'], over: Partial<InForce> = {}): InForce => ({ type, status: 'active', startsAt: at(-1), endsAt: null, ...over });

describe('restrictions in force', () => {
  it('is nothing for an account without active sanctions', () => {
    expect(restrictionsInForce([s('mute', { status: 'reversed', endsAt: at(5) }), s('closure', { status: 'proposed' })], now))
      .toEqual({ closed: false, prepostWarning: false, mutedUntil: null, privateMessagesSuspendedUntil: null, lastWarnedAt: null });
  });
  it('reports the latest end of overlapping mutes and ignores ones that ran out or have not begun', () => {
    const r = restrictionsInForce([s('mute', { endsAt: at(2) }), s('mute', { endsAt: at(30) }), s('mute', { endsAt: at(-0.5) }), s('dm_suspension', { startsAt: at(1), endsAt: at(48) })], now);
    expect(r).toMatchObject({ mutedUntil: at(30).toISOString(), privateMessagesSuspendedUntil: null });
  });
  it('carries closures, pre-post warnings and open-ended suspensions', () => {
    const r = restrictionsInForce([s('closure'), s('prepost_warning'), s('dm_suspension'), s('dm_suspension', { endsAt: at(3) }), s('warning')], now);
    expect(r).toEqual({ closed: true, prepostWarning: true, mutedUntil: null, privateMessagesSuspendedUntil: 'indefinite', lastWarnedAt: at(-1).toISOString() });
  });
});
