import { describe, expect, it } from 'vitest';
import { countStrikes, effectiveStatus, endsAtFor, isStrike, requiresApproval } from './rules';

const now = new Date('2026-05-01T12:00:00Z');
const daysAgo = (d: number) => new Date(now.getTime() - d * 86_400_000);

describe('direct or proposal', () => {
  it('applies warnings and pre-post warnings at once', () => {
    expect(requiresApproval('warning', null)).toBe(false);
    expect(requiresApproval('prepost_warning', null)).toBe(false);
  });
  it('applies mutes and DM suspensions of up to 7 days at once', () => {
    expect(requiresApproval('mute', 24)).toBe(false);
    expect(requiresApproval('mute', 168)).toBe(false);
    expect(requiresApproval('dm_suspension', 168)).toBe(false);
  });
  it('makes longer or open-ended mutes and DM suspensions proposals', () => {
    expect(requiresApproval('mute', 169)).toBe(true);
    expect(requiresApproval('mute', 720)).toBe(true);
    expect(requiresApproval('dm_suspension', null)).toBe(true);
  });
  it('always makes closures, registration bans and referrals proposals', () => {
    for (const type of ['closure', 'registration_ban', 'referral'] as const) {
      expect(requiresApproval(type, null)).toBe(true);
      expect(requiresApproval(type, 1)).toBe(true);
    }
  });
});

describe('strikes', () => {
  it('treats an active sanction past its end as ended', () => {
    expect(effectiveStatus({ status: 'active', endsAt: daysAgo(1) }, now)).toBe('ended');
    expect(effectiveStatus({ status: 'active', endsAt: daysAgo(-1) }, now)).toBe('active');
    expect(effectiveStatus({ status: 'active', endsAt: null }, now)).toBe('active');
  });
  it('counts active and ended sanctions, not proposals, rejections or reversals', () => {
    expect(isStrike({ status: 'active', endsAt: null }, now)).toBe(true);
    expect(isStrike({ status: 'ended', endsAt: daysAgo(2) }, now)).toBe(true);
    expect(isStrike({ status: 'proposed', endsAt: null }, now)).toBe(false);
    expect(isStrike({ status: 'rejected', endsAt: null }, now)).toBe(false);
    expect(isStrike({ status: 'reversed', endsAt: null }, now)).toBe(false);
  });
  it('counts only strikes within the window', () => {
    const history = [
      { status: 'ended' as const, endsAt: daysAgo(9), startsAt: daysAgo(10) },
      { status: 'ended' as const, endsAt: daysAgo(119), startsAt: daysAgo(120) },
      { status: 'reversed' as const, endsAt: null, startsAt: daysAgo(5) },
    ];
    expect(countStrikes(history, now)).toBe(1);
    expect(countStrikes(history, now, null)).toBe(2);
  });
  it('computes the end of a timed sanction', () => {
    expect(endsAtFor(now, 24)?.toISOString()).toBe('2026-05-02T12:00:00.000Z');
    expect(endsAtFor(now, null)).toBeNull();
  });
});
