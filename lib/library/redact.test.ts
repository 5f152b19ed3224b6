import { describe, expect, it } from 'vitest';
import { applyRedactions, detectPersonalData, mergeSpans, redactForLibrary, REDACTED } from './redact';

describe('redaction', () => {
  it('replaces each span with one fixed marker and says where the markers are', () => {
    const text = '张三住在朝阳区幸福路8号';
    const out = applyRedactions(text, [{ start: 0, end: 2 }, { start: 7, end: 12 }]);
    expect(out.text).toBe(`${REDACTED}住在朝阳区${REDACTED}`);
    expect(out.redactions).toEqual([{ start: 0, end: REDACTED.length }, { start: REDACTED.length + 5, end: REDACTED.length * 2 + 5 }]);
    for (const r of out.redactions) expect(out.text.slice(r.start, r.end)).toBe(REDACTED);
  });

  it('merges overlapping and touching spans, clamps to the text and ignores empty ones', () => {
    expect(mergeSpans([{ start: 5, end: 8 }, { start: 1, end: 3 }, { start: 3, end: 4 }, { start: 7, end: 99 }, { start: 2, end: 2 }], 10))
      .toEqual([{ start: 1, end: 4 }, { start: 5, end: 10 }]);
  });

  it('finds phone numbers, e-mail addresses and ID card numbers', () => {
    const text = '电话 138-1234-5678，邮箱 li.si@example.com，身份证 11010519491231002X，+44 20 7946 0958';
    const found = detectPersonalData(text).map((s) => text.slice(s.start, s.end));
    expect(found).toEqual(['138-1234-5678', 'li.si@example.com', '11010519491231002X', '+44 20 7946 0958']);
  });

  it('always removes detected personal data, with or without the moderator marking it', () => {
    expect(redactForLibrary('call 13812345678 now, Wang', [{ start: 22, end: 26 }]).text).toBe(`call ${REDACTED} now, ${REDACTED}`);
    expect(redactForLibrary('nothing personal', []).text).toBe('nothing personal');
  });
});
