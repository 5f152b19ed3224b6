import { and, desc, eq, sql } from 'drizzle-orm';
import type { Tx } from '@/db/client';
import { sectionDispersals, sectionNames, sectionPosts, sections, type Section } from '@/db/schema';
import type { AuditInput } from '@/lib/audit/write';
import { toFieldErrors, type FieldError } from '@/lib/api/field-errors';
import { detectBotSubmissions } from './bot-submissions';
import { normaliseName } from './name-rules';
import { rulesInForce, type StoredRule } from './rules-in-force';
import { suspendIfNameRefused } from './suspend-by-rule';
import { sectionEvent, type SectionEvent } from './events-schema';

export type EventResult =
  | { index: number; ok: true; sectionId: string; status: Section['status']; changed: boolean }
  | { index: number; ok: false; errors: FieldError[] };

type Ctx = { tx: Tx; now: Date; rules: StoredRule[]; known: Map<string, Section>; audit: (e: AuditInput) => void };

class ItemError extends Error {
  constructor(readonly field: string, message: string) { super(message); }
}

async function find(ctx: Ctx, externalId: string): Promise<Section> {
  const cached = ctx.known.get(externalId);
  if (cached) return cached;
  const [row] = await ctx.tx.select().from(sections).where(eq(sections.externalId, externalId)).for('update');
  if (!row) throw new ItemError('externalId', `unknown section "${externalId}": send a created event first`);
  ctx.known.set(externalId, row);
  return row;
}

async function save(ctx: Ctx, id: string, set: Partial<typeof sections.$inferInsert>): Promise<Section> {
  const [row] = await ctx.tx.update(sections).set({ ...set, updatedAt: ctx.now }).where(eq(sections.id, id)).returning();
  ctx.known.set(row.externalId, row);
  return row;
}

/** A name a rule refuses marks an open section "creation suspended", and the platform hears of it. */
async function applyRules(ctx: Ctx, section: Section): Promise<Section> {
  const row = await suspendIfNameRefused(ctx.tx, section, ctx.rules, ctx.now, ctx.audit);
  ctx.known.set(row.externalId, row);
  return row;
}

async function apply(ctx: Ctx, e: SectionEvent): Promise<{ section: Section; changed: boolean }> {
  if (e.type === 'created') {
    const [existing] = await ctx.tx.select().from(sections).where(eq(sections.externalId, e.externalId));
    if (existing) {
      if (existing.kind !== e.kind) throw new ItemError('kind', `section "${e.externalId}" exists with kind ${existing.kind}`);
      ctx.known.set(existing.externalId, existing);
      return { section: existing, changed: false };
    }
    const platformCreatedAt = e.createdAt ? new Date(e.createdAt) : ctx.now;
    const [row] = await ctx.tx.insert(sections).values({
      externalId: e.externalId, kind: e.kind, name: e.name, ownerAccountId: e.ownerAccountId ?? null, platformCreatedAt, createdAt: ctx.now, updatedAt: ctx.now,
    }).returning();
    await ctx.tx.insert(sectionNames).values({ sectionId: row.id, name: e.name, changedAt: platformCreatedAt });
    ctx.known.set(row.externalId, row);
    ctx.audit({ action: 'section.create', targetType: 'section', targetId: row.id, after: { externalId: row.externalId, kind: row.kind, name: row.name } });
    return { section: await applyRules(ctx, row), changed: true };
  }
  const section = await find(ctx, e.externalId);
  if (e.type === 'renamed') {
    if (normaliseName(section.name) === normaliseName(e.name) && section.name === e.name) return { section, changed: false };
    const row = await save(ctx, section.id, { name: e.name });
    await ctx.tx.insert(sectionNames).values({ sectionId: row.id, name: e.name, changedAt: e.at ? new Date(e.at) : ctx.now });
    ctx.audit({ action: 'section.rename', targetType: 'section', targetId: row.id, before: { name: section.name }, after: { name: row.name } });
    return { section: await applyRules(ctx, row), changed: true };
  }
  if (e.type === 'activity') {
    const same = section.heatPerHour === e.postsLastHour && section.flaggedItems === e.flaggedItems && section.totalItems === e.totalItems
      && (e.selfHarmItems === undefined || section.selfHarmItems === e.selfHarmItems);
    if (same) return { section, changed: false };
    const row = await save(ctx, section.id, {
      heatPerHour: e.postsLastHour, flaggedItems: e.flaggedItems, totalItems: e.totalItems,
      ...(e.selfHarmItems !== undefined ? { selfHarmItems: e.selfHarmItems } : {}), activityAt: e.at ? new Date(e.at) : ctx.now,
    });
    return { section: row, changed: true };
  }
  return { section, changed: await storePost(ctx, section, e.post) };
}

async function storePost(ctx: Ctx, section: Section, p: Extract<SectionEvent, { type: 'post' }>['post']): Promise<boolean> {
  const [existing] = await ctx.tx.select().from(sectionPosts).where(eq(sectionPosts.externalId, p.externalId)).for('update');
  if (existing && existing.sectionId !== section.id) throw new ItemError('post.externalId', `post "${p.externalId}" belongs to another section`);
  // A post flagged in a section that is dispersed now is folded with that dispersal, so restoring it
  // unfolds this post too.
  let foldWith: string | null = null;
  if (section.status === 'dispersed' && p.flagged && !existing?.folded) {
    const [current] = await ctx.tx.select({ id: sectionDispersals.id }).from(sectionDispersals)
      .where(and(eq(sectionDispersals.sectionId, section.id), sql`${sectionDispersals.restoredAt} is null`));
    foldWith = current?.id ?? null;
  }
  const values = {
    sectionId: section.id, externalId: p.externalId, authorAccountId: p.authorAccountId, authorCreatedAt: new Date(p.authorCreatedAt),
    text: p.text, flagged: p.flagged, selfHarm: p.selfHarm, postedAt: new Date(p.postedAt),
    ...(foldWith ? { folded: true, foldedByDispersalId: foldWith } : {}),
  };
  if (!existing) {
    await ctx.tx.insert(sectionPosts).values({ ...values, createdAt: ctx.now });
    return true;
  }
  if (existing.text === p.text && existing.flagged === p.flagged && existing.selfHarm === p.selfHarm && !foldWith) return false;
  await ctx.tx.update(sectionPosts).set(values).where(eq(sectionPosts.id, existing.id));
  return true;
}

/** Re-runs bot-submission detection on the newest posts of each section whose posts changed. */
async function redetect(ctx: Ctx, sectionIds: Set<string>) {
  for (const id of sectionIds) {
    const posts = await ctx.tx.select({
      authorAccountId: sectionPosts.authorAccountId, authorCreatedAt: sectionPosts.authorCreatedAt, text: sectionPosts.text, postedAt: sectionPosts.postedAt,
    }).from(sectionPosts).where(eq(sectionPosts.sectionId, id)).orderBy(desc(sectionPosts.postedAt)).limit(500);
    const d = detectBotSubmissions(posts);
    const [before] = await ctx.tx.select({ botSuspectedAt: sections.botSuspectedAt }).from(sections).where(eq(sections.id, id));
    await ctx.tx.update(sections).set({
      botAccounts: d.accounts, botSuspectedAt: d.candidate ? (before?.botSuspectedAt ?? ctx.now) : null,
    }).where(eq(sections.id, id));
  }
}

/**
 * POST /api/v1/sections/events, inside the route's transaction: events apply in the order sent (a
 * batch may create a section and then post in it); a bad event is answered with its errors and the
 * others still apply.
 */
export async function applySectionEvents(tx: Tx, items: unknown[], now: Date, audit: (e: AuditInput) => void): Promise<EventResult[]> {
  const ctx: Ctx = { tx, now, rules: await rulesInForce(tx, now), known: new Map(), audit };
  const posted = new Set<string>();
  let activity = 0;
  const results: EventResult[] = [];
  for (const [index, item] of items.entries()) {
    const parsed = sectionEvent.safeParse(item);
    if (!parsed.success) {
      results.push({ index, ok: false, errors: toFieldErrors(parsed.error) });
      continue;
    }
    try {
      // Every refusal (ItemError) is raised before the event writes anything, so no savepoint is needed.
      const { section, changed } = await apply(ctx, parsed.data);
      if (parsed.data.type === 'post' && changed) posted.add(section.id);
      if (parsed.data.type === 'activity' && changed) activity++;
      results.push({ index, ok: true, sectionId: section.id, status: section.status, changed });
    } catch (error) {
      if (!(error instanceof ItemError)) throw error;
      results.push({ index, ok: false, errors: [{ field: error.field, message: error.message }] });
    }
  }
  await redetect(ctx, posted);
  if (posted.size || activity) {
    audit({ action: 'section.events', targetType: 'section', after: { activityUpdates: activity, sectionsWithNewPosts: posted.size } });
  }
  return results;
}
