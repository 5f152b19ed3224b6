import { describe, expect, it } from 'vitest';
import { transitionBlocker } from './status';

describe('referral status', () => {
  it('moves prepared → sent → acknowledged', () => {
    expect(transitionBlocker('prepared', 'sent')).toBeNull();
    expect(transitionBlocker('sent', 'acknowledged')).toBeNull();
  });
  it('refuses skipping, repeating and going back', () => {
    expect(transitionBlocker('prepared', 'acknowledged')).toMatch(/only after it has been sent/);
    expect(transitionBlocker('sent', 'sent')).toMatch(/already sent/);
    expect(transitionBlocker('acknowledged', 'sent')).toMatch(/cannot be marked sent/);
    expect(transitionBlocker('sent', 'prepared')).not.toBeNull();
  });
});
