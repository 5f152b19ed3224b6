import { describe, expect, it } from 'vitest';
import { compareRooms, type RankedRoom } from './order';
import { MAX_SAMPLES, mergeSamples } from './samples';

const room = (name: string, o: Partial<RankedRoom> = {}) => ({ name, status: 'live' as const, selfHarm: false, watched: false, intercepted: 0, viewers: 0, openedAt: new Date('2026-03-01T08:00:00Z'), ...o });

describe('rooms order', () => {
  it('puts live rooms first, self-harm on top, then watched, then intercepted and viewers', () => {
    const rooms = [
      room('ended-self-harm', { status: 'ended', selfHarm: true }),
      room('busy', { viewers: 900 }),
      room('noisy', { intercepted: 5 }),
      room('watched', { watched: true }),
      room('self-harm', { selfHarm: true }),
      room('stopped', { status: 'stopped', viewers: 5000 }),
    ];
    expect([...rooms].sort(compareRooms).map((r) => r.name)).toEqual(['self-harm', 'watched', 'noisy', 'busy', 'stopped', 'ended-self-harm']);
  });
});

describe('bullet samples', () => {
  const s = (text: string) => ({ text, accountId: 'a', categoryId: 'insult', at: '2026-03-01T08:00:00Z' });
  it('keeps the newest first and never more than the bound', () => {
    const existing = Array.from({ length: MAX_SAMPLES }, (_, i) => s(`old${i}`));
    const merged = mergeSamples(existing, [s('new1'), s('new2')]);
    expect(merged).toHaveLength(MAX_SAMPLES);
    expect(merged.slice(0, 3).map((x) => x.text)).toEqual(['new2', 'new1', 'old0']);
  });
  it('bounds each text', () => {
    expect(mergeSamples([], [s('x'.repeat(2000))])[0].text).toHaveLength(500);
  });
});
