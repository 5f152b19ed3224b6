'use server';

import { z } from 'zod';
import { defineAction } from '@/lib/actions/define-action';
import { paletteSearch, type PaletteHit } from './search';

/**
 * The command palette's server lookup. Every role may search; what it finds is cut to what the
 * role may open (lib/palette/search.ts). Audited compactly: who searched, how long the text was and
 * how much came back, not the text (it may be a reporter's or a minor's handle).
 */
export const searchConsole = defineAction({
  name: 'console.search',
  permission: 'console.search',
  input: z.object({ q: z.string().max(200) }),
  async run({ tx, input, staff, audit }): Promise<PaletteHit[]> {
    const hits = await paletteSearch(tx, staff.role, input.q);
    audit({ action: 'console.search', targetType: 'console', after: { length: input.q.trim().length, hits: hits.length } });
    return hits;
  },
});
