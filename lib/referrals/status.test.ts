import { describe, expect, it } from 'vitest';
import { transitionBlocker } from './status';

describe('referral status', () => {
  it('moves prepared → sent → acknowledged', () => {
    expect(transitionBlocker('prepared', 'sent')).toBeNull();
    expect(transitionBlocker('sent', 'acknowledged')).toBeNull();
  });
  it('refuses skipping, repeating and going back', () => {
    expect(transitionBlocker('prepared', 'acknowledged')).toMatchObject({ code: 'notSentYet', message: expect.stringMatching(/only after it has been sent/) });
    expect(transitionBlocker('sent', 'sent')).toMatchObject({ code: 'alreadyThere', message: expect.stringMatching(/already sent/) });
    expect(transitionBlocker('acknowledged', 'sent')).toMatchObject({ code: 'wrongOrder' });
    expect(transitionBlocker('sent', 'prepared')).not.toBeNull();
  });
});
