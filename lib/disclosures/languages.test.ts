import { describe, expect, it } from 'vitest';
import { changedLanguages, lagOf } from './languages';

const text = { titleEn: 'How we handled it', bodyEn: 'We removed 3 comments.', titleZh: '处置情况', bodyZh: '删除评论 3 条。' };

describe('a disclosure in two languages', () => {
  it('lags when only one language changed', () => {
    expect(lagOf({ en: true, zh: false })).toBe('zh_not_updated');
    expect(lagOf({ en: false, zh: true })).toBe('en_not_updated');
  });

  it('is in step when both or neither changed', () => {
    expect(lagOf({ en: true, zh: true })).toBeNull();
    expect(lagOf({ en: false, zh: false })).toBeNull();
  });

  it('sees a change to a title or a body, per language', () => {
    expect(changedLanguages(text, { ...text, bodyEn: 'We removed 4 comments.' })).toEqual({ en: true, zh: false });
    expect(changedLanguages(text, { ...text, titleZh: '处置情况（更新）' })).toEqual({ en: false, zh: true });
    expect(changedLanguages(text, { ...text })).toEqual({ en: false, zh: false });
  });
});
