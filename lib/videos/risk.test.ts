import { describe, expect, it } from 'vitest';
import { isSelfHarmVideo, videoWords } from './risk';

describe('video risk', () => {
  it('is self-harm when the check says so or the platform gives a self-harm reason', () => {
    expect(isSelfHarmVideo(true, [])).toBe(true);
    expect(isSelfHarmVideo(false, ['violence', ' Suicide '])).toBe(true);
    expect(isSelfHarmVideo(false, ['self_harm'])).toBe(true);
    expect(isSelfHarmVideo(false, ['insult', 'harm'])).toBe(false);
  });
  it('reads title, cover text and description, skipping empty parts', () => {
    expect(videoWords({ title: 'T', description: '', coverText: 'C' })).toBe('T\nC');
  });
});
