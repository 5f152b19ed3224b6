import { sql } from 'drizzle-orm';
import type { Executor } from '@/db/client';
import { queryRows } from '@/db/query';
import { FLAG_THRESHOLD, probeOf, type CheckResult } from '@/lib/library/content-check';
import { servingModel } from './loaded';
import { decide, thresholdsFor, type PrecheckKind } from './precheck-settings';

const CLASSIFY_MAX = 20_000;

/**
 * The content check of comments, bullet comments and held videos by the promoted model: a text is
 * flagged when the pre-check would not simply allow it (its kind's remind threshold). Only for the
 * flagged texts is the library searched, for the nearest accepted violation example that a moderator
 * reads as the explanation, so a busy room's bullets cost one classify call. null without a model.
 */
export async function modelCheck(db: Executor, texts: readonly string[], kind: PrecheckKind): Promise<CheckResult[] | null> {
  if (!texts.length) return [];
  const { model, settings } = await servingModel(db);
  if (!model) return null;
  const scored = model.classifier.classify(texts.map((t) => t.slice(0, CLASSIFY_MAX)));
  const selfHarm = await selfHarmCategories(db);
  const results: CheckResult[] = scored.map((s) => {
    const score = Number.isFinite(s.score) ? Math.round(s.score * 10_000) / 10_000 : 0;
    const flagged = decide(score, thresholdsFor(settings, kind, s.categoryId)) !== 'allow';
    return {
      flagged, categoryId: flagged ? s.categoryId : null, selfHarm: flagged && !!s.categoryId && selfHarm.has(s.categoryId),
      score, modelVersion: model.versionId, nearestExampleId: null,
    };
  });
  const flaggedAt = results.flatMap((r, i) => (r.flagged ? [i] : []));
  if (flaggedAt.length) {
    const nearest = await nearestViolations(db, flaggedAt.map((i) => texts[i]));
    flaggedAt.forEach((i, n) => {
      const near = nearest[n];
      if (!near) return;
      results[i].nearestExampleId = near.id;
      // A near copy of an accepted example takes that example's category: on a small library the
      // category heads are the model's weakest part, and the library is the standard's own reading.
      if (near.similarity >= FLAG_THRESHOLD && near.categoryId) {
        results[i].categoryId = near.categoryId;
        results[i].selfHarm = near.selfHarm;
      }
    });
  }
  return results;
}

async function selfHarmCategories(db: Executor): Promise<Set<string>> {
  const rows = await queryRows<{ id: string }>(db, sql`select id from categories where self_harm`);
  return new Set(rows.map((r) => r.id));
}

type Nearest = { id: string; categoryId: string | null; selfHarm: boolean; similarity: number };

/** The nearest accepted violation example of each text by trigram similarity (the library's index), or null. */
async function nearestViolations(db: Executor, texts: string[]): Promise<(Nearest | null)[]> {
  const probes = texts.map(probeOf);
  const rows = await queryRows<{ i: number; id: string; category_id: string | null; self_harm: boolean; similarity: number }>(db, sql`
    select p.i::int as i, x.id, x.category_id, x.self_harm, x.similarity
    from unnest(array[${sql.join(probes.map((p) => sql`${p}`), sql`, `)}]::text[]) with ordinality as p(probe, i)
    cross join lateral (
      select e.id, e.category_id, coalesce(c.self_harm, false) as self_harm, similarity(e.text, p.probe) as similarity
      from library_examples e left join categories c on c.id = e.category_id
      where e.status::text = 'accepted' and e.verdict::text = 'violation' and e.text % p.probe
      order by similarity desc, e.id limit 1
    ) x`);
  const byIndex = new Map(rows.map((r) => [Number(r.i), { id: r.id, categoryId: r.category_id, selfHarm: Boolean(r.self_harm), similarity: Number(r.similarity) }]));
  return probes.map((_, n) => byIndex.get(n + 1) ?? null);
}
