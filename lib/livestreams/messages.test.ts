import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { commentState } from '@/db/schema/comments';
import { hostBanStatus, liveRoomStatus } from '@/db/schema/livestreams';
import { videoReviewStatus } from '@/db/schema/videos';

const root = path.resolve(import.meta.dirname, '../..');
const load = (locale: string, ns: string) => JSON.parse(fs.readFileSync(path.join(root, 'lib/i18n/messages', locale, `${ns}.json`), 'utf8'));
const keys = (o: Record<string, unknown>, prefix = ''): string[] =>
  Object.entries(o).flatMap(([k, v]) => (v && typeof v === 'object' ? keys(v as Record<string, unknown>, `${prefix}${k}.`) : [`${prefix}${k}`]));

describe('comments, livestreams and videos messages', () => {
  for (const ns of ['comments', 'livestreams', 'videos']) {
    it(`${ns}: English and Chinese have the same keys`, () => {
      expect(keys(load('zh', ns)).sort()).toEqual(keys(load('en', ns)).sort());
    });
  }
  it('name every state and status the pages show', () => {
    for (const locale of ['en', 'zh']) {
      const [c, l, v] = ['comments', 'livestreams', 'videos'].map((ns) => keys(load(locale, ns)));
      for (const s of commentState.enumValues) expect(c).toContain(`state.${s}`);
      for (const s of liveRoomStatus.enumValues) expect(l).toContain(`status.${s}`);
      for (const s of hostBanStatus.enumValues) expect(l).toContain(`ban.status.${s}`);
      for (const s of videoReviewStatus.enumValues) expect(v).toContain(`status.${s}`);
    }
  });
});
