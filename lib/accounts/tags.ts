import { z } from 'zod';

export const TAG_MAX = 32;

/**
 * Tags are free text, normalised, rather than a fixed list: a team names its own patterns ("ring-7",
 * "刷量", "repeat-harasser") faster than an admin can add them to a list, and the page offers the
 * tags already in use so that people reuse them. Normalising makes "Spam Ring", " spam  ring" and
 * "SPAM-RING" one tag: NFKC (full-width letters and digits become ordinary ones), lower case,
 * spaces and underscores to single hyphens, and anything but letters, digits and hyphens dropped
 * (so a tag can never carry markup). Chinese and other scripts are kept as they are.
 */
export function normaliseTag(raw: string): string {
  return raw.normalize('NFKC').toLowerCase()
    .replace(/[\s_]+/gu, '-')
    .replace(/[^\p{L}\p{N}-]+/gu, '')
    .replace(/-{2,}/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, TAG_MAX)
    .replace(/-+$/, '');
}

export const tagField = z.string().max(200).transform((raw, ctx) => {
  const tag = normaliseTag(raw);
  if (!tag) ctx.addIssue({ code: 'custom', message: 'A tag needs at least one letter or digit.' });
  return tag;
});
