import { randomUUID } from 'node:crypto';
import { sql } from 'drizzle-orm';
import type { Executor } from '@/db/client';
import { queryRows } from '@/db/query';
import type { Channel } from '@/db/schema';
import type { Actor } from '@/lib/audit/write';
import { intakeReports } from '@/lib/reports/intake';
import type { ReportInput } from '@/lib/reports/intake-schema';
import { servingModel } from './loaded';
import type { PrecheckItem } from './precheck-schema';
import { decide, thresholdsFor, type PrecheckDecision, type PrecheckKind } from './precheck-settings';

export type PrecheckAnswer = {
  id: string;
  decision: PrecheckDecision;
  categoryId: string | null;
  score: number;
  reasons: string[];
  modelVersion: string | null;
  caseId?: string;
};

export type PrecheckContext = { actor?: Actor; apiKeyId?: string | null; requestId?: string; now?: Date };

const channelOf: Record<PrecheckKind, Channel> = {
  post: 'post', comment: 'comment', dm: 'private_message', bullet: 'bullet_comment', video_title: 'short_video', profile: 'account',
};
const REPORT_TEXT_MAX = 20_000;
// Only the opening of a very long text is classified: abuse is not hidden after 20,000 characters
// any better than before them, and this bounds what one item costs.
const CLASSIFY_MAX = 20_000;
export const PRECHECK_REPORTER = 'bulwark:precheck';

/**
 * The pre-check (notice IV.1(1), II.2): each text scored by the promoted model and decided against
 * the published thresholds. `hold` opens (or joins) a case through the report intake, so queues,
 * minors-first and evidence hashing apply; idempotent per item id. Outcomes are kept without text
 * for the threshold preview. With no promoted model every item is allowed with reason no_model.
 * Call inside a transaction; answers are in the order of `items`.
 */
export async function precheckTexts(tx: Executor, items: readonly PrecheckItem[], ctx: PrecheckContext = {}): Promise<PrecheckAnswer[]> {
  if (items.length === 0) return [];
  const serving = await servingModel(tx);
  const model = serving.model;
  if (!model) return items.map((i) => ({ id: i.id, decision: 'allow', categoryId: null, score: 0, reasons: ['no_model'], modelVersion: null }));

  // One pass: each text's decision is taken as soon as it is scored, and its reasons are read from
  // the same feature vector only when the answer is not a plain allow (most traffic is allowed).
  const decisions: PrecheckDecision[] = new Array(items.length);
  const scored = model.classifier.classify(items.map((i) => i.text.slice(0, CLASSIFY_MAX)), {
    reasons: (p, n) => {
      const item = items[n];
      const score = Number.isFinite(p.score) ? p.score : 0;
      decisions[n] = item.text.trim() === '' ? 'allow' : decide(score, thresholdsFor(serving.settings, item.kind, p.categoryId));
      return decisions[n] !== 'allow';
    },
  });
  const answers: PrecheckAnswer[] = items.map((item, n) => {
    const s = scored[n];
    const decision = decisions[n];
    return {
      id: item.id, decision, categoryId: decision === 'allow' ? null : s.categoryId, score: round(Number.isFinite(s.score) ? s.score : 0),
      reasons: item.text.trim() === '' ? ['empty_text'] : s.reasons.filter((r) => r.weight > 0).map((r) => r.feature),
      modelVersion: model.versionId,
    };
  });

  const now = ctx.now ?? new Date();
  await holdForReview(tx, items, answers, ctx, now);
  await recordOutcomes(tx, items, answers, scored.map((s) => s.categoryId ?? null), now);
  return answers;
}

async function holdForReview(tx: Executor, items: readonly PrecheckItem[], answers: PrecheckAnswer[], ctx: PrecheckContext, now: Date) {
  const held = answers.map((a, n) => ({ a, item: items[n] })).filter(({ a }) => a.decision === 'hold');
  if (!held.length) return;
  const minors = await minorAccounts(tx, held.map(({ item }) => item.targetAccountId).filter((x): x is string => !!x));
  const activeCategories = new Set((await queryRows<{ id: string }>(tx, sql`select id from categories where active`)).map((r) => r.id));
  const reports: ReportInput[] = held.map(({ a, item }) => ({
    externalId: `precheck:${item.id}`,
    channel: channelOf[item.kind],
    category: a.categoryId && activeCategories.has(a.categoryId) ? a.categoryId : undefined,
    reporter: { accountId: PRECHECK_REPORTER, isMinor: false },
    subject: {
      contentId: `precheck:${item.id}`,
      accountId: item.authorAccountId,
      text: item.text.slice(0, REPORT_TEXT_MAX),
      // The model's reading travels in the snapshot, so it is hashed with the evidence.
      context: [`model ${a.modelVersion}: violation score ${a.score.toFixed(3)}, category ${a.categoryId ?? 'none'}, kind ${item.kind}`],
      createdAt: now.toISOString(),
    },
    target: { accountId: item.targetAccountId ?? item.authorAccountId, isMinor: minors.has(item.targetAccountId ?? '') },
    description: `Held by the pre-check before publication (score ${a.score.toFixed(3)}${a.categoryId ? `, ${a.categoryId}` : ''}).`,
  }));
  const results = await intakeReports(tx, reports, {
    apiKeyId: ctx.apiKeyId ?? null,
    actor: ctx.actor ?? { type: 'system', id: null, label: 'pre-check' },
    requestId: ctx.requestId ?? randomUUID(),
    now,
  });
  results.forEach((r, n) => { if (r.ok) held[n].a.caseId = r.caseId; });
  // The same item checked again is the same held text: its snapshot differs only by when it was
  // taken, which the intake calls a conflict. Answer with the case it is already held in.
  for (const [n, r] of results.entries()) {
    if (r.ok || !r.conflictsWith) continue;
    const [stored] = await queryRows<{ caseId: string }>(tx, sql`select case_id as "caseId" from reports where id = ${r.conflictsWith}`);
    if (stored) held[n].a.caseId = stored.caseId;
  }
}

async function minorAccounts(tx: Executor, ids: string[]): Promise<Set<string>> {
  if (!ids.length) return new Set();
  const rows = await queryRows<{ account_id: string }>(tx, sql`
    select id as account_id from accounts where is_minor and id in (select jsonb_array_elements_text(${JSON.stringify([...new Set(ids)])}::jsonb))`);
  return new Set(rows.map((r) => r.account_id));
}

/**
 * Adds the batch to the hourly outcome counts, grouped here first so that the statement touches each
 * count once, in key order (concurrent requests then take the row locks in the same order). The
 * model's category is kept even for allowed items: the preview needs it to apply per-category thresholds.
 */
async function recordOutcomes(tx: Executor, items: readonly PrecheckItem[], answers: PrecheckAnswer[], categories: (string | null)[], now: Date) {
  const groups = new Map<string, { kind: string; category_id: string | null; score_cents: number; decision: string; n: number }>();
  answers.forEach((a, n) => {
    const cents = Math.min(100, Math.max(0, Math.floor(a.score * 100)));
    const key = JSON.stringify([items[n].kind, categories[n], cents, a.decision]);
    const g = groups.get(key);
    if (g) g.n++;
    else groups.set(key, { kind: items[n].kind, category_id: categories[n], score_cents: cents, decision: a.decision, n: 1 });
  });
  const hour = new Date(Math.floor(now.getTime() / 3_600_000) * 3_600_000).toISOString();
  await tx.execute(sql`
    insert into precheck_outcome_counts as o (hour, kind, category_id, score_cents, decision, model_version, count)
    select ${hour}::timestamptz, kind, category_id, score_cents, decision, ${answers[0].modelVersion}::uuid, n
    from jsonb_to_recordset(${JSON.stringify([...groups.values()])}::jsonb) as r(kind text, category_id text, score_cents smallint, decision text, n int)
    order by kind, category_id nulls first, score_cents, decision
    on conflict (hour, kind, category_id, score_cents, decision, model_version) do update set count = o.count + excluded.count`);
}

const round = (x: number) => Math.round(x * 10_000) / 10_000;
