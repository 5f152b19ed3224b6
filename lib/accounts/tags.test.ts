import { describe, expect, it } from 'vitest';
import { normaliseTag, TAG_MAX, tagField } from './tags';

describe('account tags', () => {
  it('makes one tag of the ways people type it', () => {
    expect(normaliseTag('Spam Ring')).toBe('spam-ring');
    expect(normaliseTag('  spam   ring ')).toBe('spam-ring');
    expect(normaliseTag('SPAM_RING')).toBe('spam-ring');
    expect(normaliseTag('--spam--ring--')).toBe('spam-ring');
    expect(normaliseTag('ＲＩＮＧ７')).toBe('ring7');
  });

  it('keeps Chinese and drops markup and punctuation', () => {
    expect(normaliseTag('刷量 团伙')).toBe('刷量-团伙');
    expect(normaliseTag('<b>bot</b>')).toBe('bbotb');
    expect(normaliseTag('who?!')).toBe('who');
  });

  it('is at most TAG_MAX characters and never ends in a hyphen', () => {
    const long = normaliseTag(`${'a'.repeat(TAG_MAX - 1)} b`);
    expect(long.length).toBeLessThanOrEqual(TAG_MAX);
    expect(long.endsWith('-')).toBe(false);
  });

  it('refuses a tag with nothing left, naming the problem', () => {
    expect(tagField.safeParse('!!!').success).toBe(false);
    expect(tagField.parse(' Fan War ')).toBe('fan-war');
  });
});
