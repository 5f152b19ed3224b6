import { describe, expect, it } from 'vitest';
import { countedLimits, isNewAccount, refusalBeforeCounting, windowOf, type DmLimits } from './rules';

const limits: DmLimits = { senderLimit: 20, senderWindowMinutes: 60, recipientLimit: 50, recipientWindowMinutes: 10, newAccountDays: 7, newSenderLimit: 5, minorRecipientLimit: 10 };

describe('refusalBeforeCounting', () => {
  const stranger = { follows: false, preference: 'everyone' as const, protectionClosesDms: false };
  it('lets a stranger through to counting when nothing closes the door', () => expect(refusalBeforeCounting(stranger)).toBeNull());
  it('nobody refuses everyone, followed or not', () => {
    expect(refusalBeforeCounting({ ...stranger, preference: 'nobody' })).toBe('recipient_preference');
    expect(refusalBeforeCounting({ ...stranger, preference: 'nobody', follows: true })).toBe('recipient_preference');
  });
  it('following refuses strangers only', () => {
    expect(refusalBeforeCounting({ ...stranger, preference: 'following' })).toBe('recipient_preference');
    expect(refusalBeforeCounting({ ...stranger, preference: 'following', follows: true })).toBeNull();
  });
  it('protection refuses strangers only, after the preference', () => {
    expect(refusalBeforeCounting({ ...stranger, protectionClosesDms: true })).toBe('recipient_protection');
    expect(refusalBeforeCounting({ ...stranger, protectionClosesDms: true, follows: true })).toBeNull();
    expect(refusalBeforeCounting({ ...stranger, protectionClosesDms: true, preference: 'following' })).toBe('recipient_preference');
  });
});

describe('countedLimits', () => {
  it('counts the recipient first, then the sender, at the normal limits', () => {
    expect(countedLimits(limits, { senderIsNew: false, recipientIsMinor: false })).toEqual([
      { scope: 'recipient', limit: 50, windowMinutes: 10, rule: 'recipient_window' },
      { scope: 'sender', limit: 20, windowMinutes: 60, rule: 'sender_window' },
    ]);
  });
  it('applies the stricter limits for minors and new accounts, named by their rule', () => {
    const [r, s] = countedLimits(limits, { senderIsNew: true, recipientIsMinor: true });
    expect(r).toMatchObject({ limit: 10, rule: 'minor_recipient' });
    expect(s).toMatchObject({ limit: 5, rule: 'new_account' });
  });
  it('a "stricter" limit that is not lower changes nothing', () => {
    const [r, s] = countedLimits({ ...limits, minorRecipientLimit: 50, newSenderLimit: 20 }, { senderIsNew: true, recipientIsMinor: true });
    expect([r.rule, s.rule]).toEqual(['recipient_window', 'sender_window']);
  });
});

describe('isNewAccount and windowOf', () => {
  const at = new Date('2026-03-10T12:34:56Z');
  it('judges by age in days; an unknown age is not new', () => {
    expect(isNewAccount(new Date('2026-03-04T12:35:00Z'), at, 7)).toBe(true);
    expect(isNewAccount(new Date('2026-03-03T12:34:56Z'), at, 7)).toBe(false);
    expect(isNewAccount(null, at, 7)).toBe(false);
    expect(isNewAccount(new Date('2026-03-10T00:00:00Z'), at, 0)).toBe(false);
  });
  it('aligns fixed windows so one window is one counter', () => {
    expect(windowOf(at, 60)).toEqual({ start: new Date('2026-03-10T12:00:00Z'), end: new Date('2026-03-10T13:00:00Z') });
    expect(windowOf(at, 10).start).toEqual(new Date('2026-03-10T12:30:00Z'));
    expect(windowOf(new Date('2026-03-10T12:30:00Z'), 10).start).toEqual(new Date('2026-03-10T12:30:00Z'));
  });
});
