import { randomUUID } from 'node:crypto';
import type { Executor } from '@/db/client';
import { cases, evidenceSnapshots, reports, type Case, type Channel, type EvidenceContent } from '@/db/schema';
import { defaultCategories } from '@/lib/categories/defaults';
import { computeDueAt, computePriority } from '@/lib/reports/priority';
import { evidenceHash } from '@/lib/reports/evidence';

/**
 * Cases written straight to the tables, the way intake stores them (priority and due time from
 * lib/reports/priority.ts, a snapshot with the SHA-256 of its canonical JSON), so queue and decision
 * tests do not depend on the intake path.
 */
export type CaseSpec = {
  channel?: Channel;
  categoryId?: string | null;
  targetIsMinor?: boolean;
  reporterIsMinor?: boolean;
  reporters?: number;
  createdAt?: Date;
  text?: string;
  context?: string[];
  subjectAccountId?: string;
  targetAccountId?: string | null;
  status?: Case['status'];
  claimedBy?: string | null;
  leaseExpiresAt?: Date | null;
};

let n = 0;

function build(spec: CaseSpec) {
  n += 1;
  const tag = `${Date.now().toString(36)}-${n}-${randomUUID().slice(0, 8)}`;
  const category = defaultCategories.find((c) => c.id === spec.categoryId);
  const involvesMinor = !!(spec.targetIsMinor || spec.reporterIsMinor);
  const reporters = spec.reporters ?? 1;
  const createdAt = spec.createdAt ?? new Date();
  const channel = spec.channel ?? 'comment';
  const subjectAccountId = spec.subjectAccountId ?? `acct-${tag}`;
  const targetAccountId = spec.targetAccountId === undefined ? `target-${tag}` : spec.targetAccountId;
  const content: EvidenceContent = {
    channel, accountId: subjectAccountId, contentId: `content-${tag}`, text: spec.text ?? `reported text ${tag}`,
    context: spec.context ?? ['earlier reply'], createdAt: createdAt.toISOString(),
  };
  const evidence = { id: randomUUID(), content, sha256: evidenceHash(content), capturedAt: createdAt };
  const caseId = randomUUID();
  const row = {
    id: caseId, subjectKey: `${channel}:content-${tag}`, channel, categoryId: spec.categoryId ?? null,
    subjectAccountId, subjectContentId: content.contentId, targetAccountId,
    involvesMinor, selfHarm: !!category?.selfHarm, severity: category?.severity ?? 1,
    reportCount: reporters, reporterCount: reporters,
    priority: computePriority({ involvesMinor, selfHarm: !!category?.selfHarm, severity: category?.severity ?? 1, distinctReporters: reporters }),
    status: spec.status ?? 'open',
    dueAt: computeDueAt(createdAt, { involvesMinor, categoryDueMinutes: category?.dueMinutes }),
    claimedBy: spec.claimedBy ?? null,
    leaseExpiresAt: spec.leaseExpiresAt ?? (spec.claimedBy ? new Date(Date.now() + 10 * 60_000) : null),
    firstEvidenceId: evidence.id, createdAt, updatedAt: createdAt,
  } satisfies typeof cases.$inferInsert;
  const reportRows = Array.from({ length: reporters }, (_, i) => ({
    externalId: `ext-${tag}-${i}`, caseId, channel, categoryId: spec.categoryId ?? null,
    reporterAccountId: `reporter-${tag}-${i}`, reporterIsMinor: i === 0 && !!spec.reporterIsMinor,
    targetAccountId, targetIsMinor: !!spec.targetIsMinor, subjectAccountId, subjectContentId: content.contentId,
    description: `report ${i} on ${tag}`, evidenceId: evidence.id, receivedAt: new Date(createdAt.getTime() + i * 1000),
  }));
  return { evidence, row, reportRows };
}

/** Inserts the cases in a few bulk statements; returns them in the order given. */
export async function insertCases(db: Executor, specs: CaseSpec[], chunk = 500): Promise<Case[]> {
  const out: Case[] = [];
  for (let i = 0; i < specs.length; i += chunk) {
    const built = specs.slice(i, i + chunk).map(build);
    await db.insert(evidenceSnapshots).values(built.map((b) => b.evidence));
    out.push(...(await db.insert(cases).values(built.map((b) => b.row)).returning()));
    const allReports = built.flatMap((b) => b.reportRows);
    for (let j = 0; j < allReports.length; j += 1000) await db.insert(reports).values(allReports.slice(j, j + 1000));
  }
  return out;
}

export async function insertCase(db: Executor, spec: CaseSpec = {}): Promise<Case> {
  const [row] = await insertCases(db, [spec]);
  return row;
}
