import { and, asc, desc, eq, sql } from 'drizzle-orm';
import type { Executor } from '@/db/client';
import { categories, evidenceSnapshots, incidents, prepublicationVideos, staff, type PrepublicationVideo, type VideoReviewStatus } from '@/db/schema';
import { mediaTiles, type MediaTile } from '@/lib/media/tiles';

export type VideoRow = PrepublicationVideo & {
  categoryEn: string | null; categoryZh: string | null; incidentTitle: string | null; decidedByName: string | null;
  /** The cover, thumbnails and file as the media proxy serves them (no platform URL reaches the page). */
  media: MediaTile[];
};

const QUEUE_LIMIT = 200;

/**
 * The held videos, self-harm first (notice: content that may induce self-harm goes to the top of
 * every queue), then oldest first; or the latest decided ones.
 */
export async function listVideos(db: Executor, status: VideoReviewStatus = 'held'): Promise<VideoRow[]> {
  const v = prepublicationVideos;
  const order = status === 'held' ? [desc(v.selfHarm), asc(v.receivedAt), asc(v.id)] : [desc(v.decidedAt), desc(v.id)];
  const rows = await db
    .select({ v, categoryEn: categories.nameEn, categoryZh: categories.nameZh, incidentTitle: incidents.title, decidedByName: staff.name, evidence: evidenceSnapshots.content })
    .from(v)
    .leftJoin(evidenceSnapshots, eq(evidenceSnapshots.id, v.evidenceId))
    .leftJoin(categories, eq(categories.id, v.categoryId))
    .leftJoin(incidents, eq(incidents.id, v.incidentId))
    .leftJoin(staff, eq(staff.id, v.decidedBy))
    .where(eq(v.status, status))
    .orderBy(...order)
    .limit(QUEUE_LIMIT);
  return rows.map((r) => ({ ...r.v, categoryEn: r.categoryEn, categoryZh: r.categoryZh, incidentTitle: r.incidentTitle, decidedByName: r.decidedByName, media: mediaTiles(r.v.evidenceId, r.evidence) }));
}

export async function countHeld(db: Executor): Promise<{ held: number; selfHarm: number }> {
  const [row] = await db.select({
    held: sql<number>`count(*)::int`, selfHarm: sql<number>`count(*) filter (where ${prepublicationVideos.selfHarm})::int`,
  }).from(prepublicationVideos).where(and(eq(prepublicationVideos.status, 'held')));
  return row ?? { held: 0, selfHarm: 0 };
}
