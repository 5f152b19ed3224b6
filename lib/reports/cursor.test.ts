import { describe, expect, it } from 'vitest';
import { decodeCursor, encodeCursor } from './cursor';

const cursor = { priority: 1_004_000_003, createdAt: '2025-03-01T08:00:00.123456Z', id: '5b8a3a8e-2f6c-4a1e-9d2b-7c1e0f3a9b44' };

describe('queue cursors', () => {
  it('round-trips, keeping microseconds', () => {
    const encoded = encodeCursor(cursor);
    expect(encoded).toMatch(/^[A-Za-z0-9_-]+$/);
    expect(decodeCursor(encoded)).toEqual(cursor);
  });

  it('accepts Postgres text timestamps with offsets', () => {
    const pg = { ...cursor, createdAt: '2025-03-01 16:00:00.5+08' };
    expect(decodeCursor(encodeCursor(pg))).toEqual(pg);
  });

  it('answers null for anything it did not issue', () => {
    const forge = (v: unknown) => Buffer.from(JSON.stringify(v)).toString('base64url');
    for (const bad of [
      null, '', 'not base64 !!', forge({ a: 1 }), forge([1, '2025-03-01T08:00:00Z']),
      forge([-1, cursor.createdAt, cursor.id]), forge([1.5, cursor.createdAt, cursor.id]),
      forge([1, "2025-03-01'; drop table cases; --", cursor.id]), forge([1, cursor.createdAt, 'not-a-uuid']), 'x'.repeat(300),
    ]) {
      expect(decodeCursor(bad)).toBeNull();
    }
  });
});
