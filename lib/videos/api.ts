import { defineRoute } from '@/lib/api/route';
import type { PrepublicationVideo } from '@/db/schema';
import { prepublicationInput } from './intake-schema';
import { holdVideo } from './intake';

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
    const held = await holdVideo(tx, input, now);
    // A concurrent request with the same externalId won: the route retries and answers with its row.
    if (!held) throw Object.assign(new Error('concurrent prepublication'), { code: '23505' });
    if (!held.created) return Response.json(answer(held.video), { status: 200 });
    const v = held.video;
    audit({ action: 'video.held', targetType: 'video', targetId: v.id, after: { externalId: v.externalId, riskReasons: v.riskReasons, categoryId: v.categoryId, selfHarm: v.selfHarm } });
    return Response.json(answer(v), { status: 201 });
  },
});
