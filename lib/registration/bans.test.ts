import { describe, expect, it } from 'vitest';
import { registrationBanBlocker } from './bans';

describe('registration ban blocker', () => {
  it('allows a verified account with an identity hash', () => {
    expect(registrationBanBlocker({ verification: 'verified', identityHash: 'a'.repeat(64) })).toBeNull();
  });
  it('refuses an unverified account, a pending one, one without a hash, and an unknown one', () => {
    expect(registrationBanBlocker({ verification: 'unverified', identityHash: null })).toMatch(/verified identity/);
    expect(registrationBanBlocker({ verification: 'pending', identityHash: 'a'.repeat(64) })).toMatch(/verified identity/);
    expect(registrationBanBlocker({ verification: 'verified', identityHash: null })).toMatch(/verified identity/);
    expect(registrationBanBlocker(undefined)).toMatch(/not known/);
  });
});
