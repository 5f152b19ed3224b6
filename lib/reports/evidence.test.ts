import { describe, expect, it } from 'vitest';
import { canonicalJson, evidenceHash, verifyEvidence } from './evidence';

const snapshot = {
  channel: 'comment',
  accountId: 'acct-17',
  contentId: 'c-1',
  text: '你这种人就该闭嘴 — shut up',
  context: ['first reply', 'second reply'],
  createdAt: '2025-03-01T08:00:00.000Z',
};

describe('evidence hashing', () => {
  it('sorts keys at every depth', () => {
    expect(canonicalJson({ b: 1, a: { d: [{ z: 1, y: 2 }], c: null } })).toBe('{"a":{"c":null,"d":[{"y":2,"z":1}]},"b":1}');
  });

  it('gives the same hash whatever the key order', () => {
    const reordered = { createdAt: snapshot.createdAt, context: snapshot.context, text: snapshot.text, contentId: 'c-1', accountId: 'acct-17', channel: 'comment' };
    expect(evidenceHash(reordered)).toBe(evidenceHash(snapshot));
    expect(verifyEvidence(reordered, evidenceHash(snapshot))).toBe(true);
  });

  it('keeps array order significant', () => {
    expect(evidenceHash({ ...snapshot, context: ['second reply', 'first reply'] })).not.toBe(evidenceHash(snapshot));
  });

  it('detects a single changed character', () => {
    const sha = evidenceHash(snapshot);
    expect(verifyEvidence({ ...snapshot, text: snapshot.text.replace('闭嘴', '闭咀') }, sha)).toBe(false);
    expect(verifyEvidence({ ...snapshot, accountId: 'acct-18' }, sha)).toBe(false);
  });

  it('refuses a malformed hash instead of throwing', () => {
    expect(verifyEvidence(snapshot, 'not-a-hash')).toBe(false);
    expect(verifyEvidence(snapshot, evidenceHash(snapshot).toUpperCase())).toBe(true);
  });
});
