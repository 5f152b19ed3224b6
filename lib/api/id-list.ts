import { z } from 'zod';

/** A query parameter holding up to `max` comma-separated ids, each at most 200 characters, repeats dropped. */
export function idList(name: string, max = 100) {
  return z.string({ error: `Give ${name}: one or more ids, comma-separated.` }).trim().min(1).max(30_000)
    .transform((s) => [...new Set(s.split(',').map((x) => x.trim()).filter(Boolean))])
    .pipe(z.array(z.string().max(200, { error: 'An id is at most 200 characters.' }))
      .min(1, { error: `Give ${name}: one or more ids, comma-separated.` }).max(max, { error: `At most ${max} ids per request.` }));
}
