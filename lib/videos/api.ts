import { eq } from 'drizzle-orm';
import { prepublicationVideos, type PrepublicationVideo } from '@/db/schema';
import { defineRoute } from '@/lib/api/route';
import { checkTexts } from '@/lib/comments/check-texts';
import { incidentOf, openIncidentKeys } from '@/lib/comments/incident-of';
import { prepublicationInput } from './intake-schema';
import { isSelfHarmVideo, videoWords } from './risk';

const answer = (v: PrepublicationVideo) => ({
  id: v.id, externalId: v.externalId, status: v.status, selfHarm: v.selfHarm, categoryId: v.categoryId,
  decisionReason: v.decisionReason, decidedAt: v.decidedAt?.toISOString() ?? null,
});

/**
 * POST /api/v1/videos/prepublication: holds a risky short video for review. 201 when held, 200 with
 * its current state when the externalId was sent before (nothing changes).
 */
export const receivePrepublication = defineRoute({
  name: 'video.prepublication',
  input: prepublicationInput,
  async run({ tx, input, now, audit }) {
    const [seen] = await tx.select().from(prepublicationVideos).where(eq(prepublicationVideos.externalId, input.externalId));
    if (seen) return Response.json(answer(seen), { status: 200 });
    const [check] = await checkTexts(tx, [videoWords(input)]);
    const incidentId = incidentOf(await openIncidentKeys(tx), input.uploaderAccountId, videoWords(input));
    const [row] = await tx.insert(prepublicationVideos).values({
      externalId: input.externalId, title: input.title, description: input.description, coverText: input.coverText,
      uploaderAccountId: input.uploaderAccountId, riskReasons: input.riskReasons,
      categoryId: check.categoryId, checkScore: check.score, selfHarm: isSelfHarmVideo(check.selfHarm, input.riskReasons),
      incidentId, uploadedAt: input.uploadedAt ? new Date(input.uploadedAt) : null, receivedAt: now,
    }).onConflictDoNothing().returning();
    // A concurrent request with the same externalId won: the route retries and answers with its row.
    if (!row) throw Object.assign(new Error('concurrent prepublication'), { code: '23505' });
    audit({ action: 'video.held', targetType: 'video', targetId: row.id, after: { externalId: row.externalId, riskReasons: row.riskReasons, categoryId: row.categoryId, selfHarm: row.selfHarm } });
    return Response.json(answer(row), { status: 201 });
  },
});
