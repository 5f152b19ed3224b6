import { describe, expect, it } from 'vitest';
import type { CaseRole, SanctionType } from '@/db/schema';
import { defaultLadder, suggestStep } from './ladder';

const now = new Date('2026-05-01T12:00:00Z');
const daysAgo = (d: number) => new Date(now.getTime() - d * 86_400_000);
const strike = (d: number, type: SanctionType = 'warning', status: 'active' | 'ended' | 'reversed' = 'ended') =>
  ({ type, status, startsAt: daysAgo(d), endsAt: status === 'active' ? null : daysAgo(d - 1) });
const suggest = (role: CaseRole, history: ReturnType<typeof strike>[] = [], isMinor = false) =>
  suggestStep(defaultLadder, { role, history, isMinor, now });

describe('ladder suggestion', () => {
  it.each([
    ['participant', 'prepost_warning', null],
    ['frequent_publisher', 'warning', null],
    ['inciter', 'mute', 24],
    ['originator', 'mute', 72],
  ] as const)('a first-time %s gets %s', (role, type, hours) => {
    const s = suggest(role);
    expect(s.type).toBe(type);
    expect(s.durationHours).toBe(hours);
    expect(s.reasons).toContainEqual({ code: 'role', role });
    expect(s.reasons).toContainEqual({ code: 'strikes', count: 0, days: 90 });
  });

  it('climbs with prior strikes and names the step', () => {
    const s = suggest('originator', [strike(10), strike(30)]);
    expect(s.type).toBe('closure');
    expect(s.reasons).toContainEqual({ code: 'strikes', count: 2, days: 90 });
    expect(s.reasons).toContainEqual({ code: 'step', role: 'originator', minStrikes: 2, type: 'closure', durationHours: null });
    expect(s.reasons).toContainEqual({ code: 'needsApproval' });
  });

  it('takes the highest step reached, not the next one', () => {
    expect(suggest('frequent_publisher', [strike(1), strike(2), strike(3)]).durationHours).toBe(168);
    expect(suggest('frequent_publisher', [strike(1), strike(2), strike(3), strike(4)]).type).toBe('closure');
  });

  it('ignores reversed sanctions and strikes older than the window', () => {
    const s = suggest('inciter', [strike(5, 'mute', 'reversed'), strike(200)]);
    expect(s.type).toBe('mute');
    expect(s.durationHours).toBe(24);
  });

  it('takes a minor one rung lower and says so', () => {
    const s = suggest('originator', [strike(10), strike(30)], true);
    expect(s.type).toBe('mute');
    expect(s.durationHours).toBe(720);
    expect(s.reasons).toContainEqual({ code: 'minor', fromStrikes: 2, toStrikes: 1 });
    expect(suggest('participant', [], true).type).toBe('prepost_warning');
  });

  it('mentions sanctions still in force, and suggests nothing milder than an open-ended mute', () => {
    const s = suggest('participant', [strike(1, 'mute', 'active')]);
    expect(s.reasons).toContainEqual({ code: 'active', types: ['mute'] });
    // The participant's rungs stop at a week's mute: none is as hard as a mute with no end.
    expect(s.type).toBeNull();
    expect(s.reasons.some((r) => r.code === 'needsApproval')).toBe(false);
  });

  it('suggests nothing when the role has no step', () => {
    const s = suggestStep(defaultLadder.filter((x) => x.role !== 'inciter'), { role: 'inciter', history: [], isMinor: false, now });
    expect(s.type).toBeNull();
    expect(s.reasons).toContainEqual({ code: 'noStep', role: 'inciter' });
  });

  it('has a step for every role at zero strikes', () => {
    for (const role of ['originator', 'frequent_publisher', 'inciter', 'participant'] as const) {
      expect(defaultLadder.some((s) => s.role === role && s.minStrikes === 0)).toBe(true);
    }
  });

  it('never suggests a milder step than one in force', () => {
    // A week's mute in force: the participant's first rung (a pre-post notice) would undercut it.
    const inForce = { type: 'mute' as const, status: 'active' as const, startsAt: daysAgo(1), endsAt: new Date(now.getTime() + 6 * 86_400_000), durationHours: 168 };
    const s = suggestStep(defaultLadder, { role: 'participant', history: [inForce], isMinor: false, now });
    expect(s.type).toBe('mute');
    expect(s.durationHours).toBe(168);
    expect(s.reasons).toContainEqual({ code: 'notMilder', type: 'mute', durationHours: 168 });
  });

  it('offers nothing on a closed account', () => {
    expect(suggestStep(defaultLadder, { role: 'inciter', history: [], isMinor: false, now, closed: true }))
      .toEqual({ type: null, durationHours: null, reasons: [{ code: 'closed' }] });
  });

  it('counts removals and folds of the account\'s content as strikes', () => {
    const s = suggestStep(defaultLadder, { role: 'participant', history: [], isMinor: false, now, contentStrikes: 2 });
    expect(s.type).toBe('mute');
    expect(s.reasons).toContainEqual({ code: 'contentStrikes', count: 2 });
    expect(s.reasons).toContainEqual({ code: 'strikes', count: 2, days: 90 });
  });
});
