import { describe, expect, it } from 'vitest';
import { auditHref, decodeCursor, encodeCursor, parseAuditParams, zonedLocalToUtc } from './filters';

describe('audit filters from the URL', () => {
  it('reads wall-clock times in the console time zone', () => {
    expect(zonedLocalToUtc('2026-03-01T09:30', 'Asia/Shanghai')?.toISOString()).toBe('2026-03-01T01:30:00.000Z');
    expect(zonedLocalToUtc('2026-07-01T09:30', 'Europe/London')?.toISOString()).toBe('2026-07-01T08:30:00.000Z');
    expect(zonedLocalToUtc('2026-01-01T09:30', 'Europe/London')?.toISOString()).toBe('2026-01-01T09:30:00.000Z');
    expect(zonedLocalToUtc('yesterday', 'Asia/Shanghai')).toBeNull();
  });

  it('includes the whole last minute of the range and drops blank fields', () => {
    const { filters, invalid } = parseAuditParams(
      { from: '2026-03-01T09:00', to: '2026-03-01T10:30', action: ' staff ', actor: '', targetId: ['abc', 'def'] },
      'Asia/Shanghai',
    );
    expect(invalid).toEqual([]);
    expect(filters).toEqual({
      action: 'staff',
      targetId: 'abc',
      since: new Date('2026-03-01T01:00:00Z'),
      until: new Date('2026-03-01T02:31:00Z'),
    });
  });

  it('names what it could not read instead of guessing', () => {
    const { filters, invalid, cursor } = parseAuditParams({ from: 'soon', actorType: 'robot', after: "1'; drop table" }, 'UTC');
    expect(invalid.sort()).toEqual(['actorType', 'after', 'from']);
    expect(filters).toEqual({});
    expect(cursor).toBeNull();
  });

  it('round-trips a cursor with microseconds', () => {
    const c = { at: '2026-03-01T01:02:03.123456Z', id: 42 };
    expect(decodeCursor(encodeCursor(c))).toEqual(c);
    expect(decodeCursor('2026-03-01T01:02:03Z_7')).toEqual({ at: '2026-03-01T01:02:03Z', id: 7 });
    expect(decodeCursor('2026-13-45T01:02:03Z_7')).toBeNull();
  });

  it('builds page links that keep the filters', () => {
    expect(auditHref({ action: 'staff', actor: 'x y' }, '2026-03-01T01:02:03Z_7')).toBe('/audit?actor=x+y&action=staff&after=2026-03-01T01%3A02%3A03Z_7');
    expect(auditHref({})).toBe('/audit');
  });
});
