import { describe, expect, it } from 'vitest';
import { retryDelaySeconds, signDelivery, verifyDelivery } from './signature';

describe('delivery signature', () => {
  const body = JSON.stringify({ id: 1, topic: 'sanction.applied', payload: { accountId: 'u1' } });
  it('verifies what it signed, within the tolerance', () => {
    const header = signDelivery('s3cret', body, 1_700_000_000);
    expect(header).toMatch(/^t=1700000000,v1=[0-9a-f]{64}$/);
    expect(verifyDelivery('s3cret', body, header, 1_700_000_100)).toBe(true);
  });
  it('refuses a changed body, another secret, a stale timestamp and a missing header', () => {
    const header = signDelivery('s3cret', body, 1_700_000_000);
    expect(verifyDelivery('s3cret', body.replace('u1', 'u2'), header, 1_700_000_000)).toBe(false);
    expect(verifyDelivery('other', body, header, 1_700_000_000)).toBe(false);
    expect(verifyDelivery('s3cret', body, header, 1_700_000_000 + 301)).toBe(false);
    expect(verifyDelivery('s3cret', body, null, 1_700_000_000)).toBe(false);
    expect(verifyDelivery('s3cret', body, 't=abc,v1=00', 1_700_000_000)).toBe(false);
  });
});

describe('retry delay', () => {
  it('doubles from 10 seconds and stops growing at an hour', () => {
    expect([1, 2, 3, 4].map(retryDelaySeconds)).toEqual([10, 20, 40, 80]);
    expect(retryDelaySeconds(20)).toBe(3600);
  });
});
