import { eq } from 'drizzle-orm';
import type { Executor } from '@/db/client';
import { evidenceSnapshots, prepublicationVideos, type PrepublicationVideo } from '@/db/schema';
import { evidenceHash } from '@/lib/reports/evidence';
import { checkTexts } from '@/lib/library/check-texts';
import { incidentOf, openIncidentKeys } from '@/lib/comments/incident-of';
import type { PrepublicationInput } from './intake-schema';
import { isSelfHarmVideo, videoWords } from './risk';

/**
 * Holds a video for review: checked against the case library, linked to the incident its uploader is
 * a party to or its words name. Returns the stored row and whether it is new; an externalId seen
 * before changes nothing. null when a concurrent request stored the same externalId first.
 */
export async function holdVideo(tx: Executor, input: PrepublicationInput, now: Date): Promise<{ video: PrepublicationVideo; created: boolean } | null> {
  const [seen] = await tx.select().from(prepublicationVideos).where(eq(prepublicationVideos.externalId, input.externalId));
  if (seen) return { video: seen, created: false };
  const words = videoWords(input);
  const [check] = await checkTexts(tx, [words], 'video_title');
  const evidenceId = input.media?.length ? await snapshotMedia(tx, input, now) : null;
  const [row] = await tx.insert(prepublicationVideos).values({
    externalId: input.externalId, title: input.title, description: input.description, coverText: input.coverText,
    uploaderAccountId: input.uploaderAccountId, riskReasons: input.riskReasons,
    categoryId: check.categoryId, checkScore: check.score, nearestExampleId: check.flagged ? check.nearestExampleId ?? null : null, selfHarm: isSelfHarmVideo(check.selfHarm, input.riskReasons),
    incidentId: incidentOf(await openIncidentKeys(tx), input.uploaderAccountId, words),
    uploadedAt: input.uploadedAt ? new Date(input.uploadedAt) : null, receivedAt: now, evidenceId,
  }).onConflictDoNothing().returning();
  return row ? { video: row, created: true } : null;
}

/** The video's media and words as an evidence snapshot, hashed like a report's, so /media serves both. */
async function snapshotMedia(tx: Executor, input: PrepublicationInput, now: Date): Promise<string> {
  const content = {
    channel: 'short_video', accountId: input.uploaderAccountId, contentId: input.externalId, text: input.title,
    context: [input.description, input.coverText].filter(Boolean), createdAt: (input.uploadedAt ? new Date(input.uploadedAt) : now).toISOString(),
    media: input.media,
  };
  const [snapshot] = await tx.insert(evidenceSnapshots).values({ content, sha256: evidenceHash(content), capturedAt: now }).returning({ id: evidenceSnapshots.id });
  return snapshot.id;
}
