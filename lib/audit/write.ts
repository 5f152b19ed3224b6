import { auditLog } from '@/db/schema';
import type { Executor } from '@/db/client';

export type Actor =
  | { type: 'staff'; id: string; label: string }
  | { type: 'api_key'; id: string; label: string }
  | { type: 'system'; id: null; label: string };

export type AuditInput = {
  action: string;
  targetType?: string;
  targetId?: string | null;
  before?: unknown;
  after?: unknown;
};

/** Call inside the transaction that makes the change, so both land or neither does. */
export async function writeAudit(tx: Executor, actor: Actor, requestId: string, entries: AuditInput[]) {
  if (entries.length === 0) return;
  await tx.insert(auditLog).values(
    entries.map((e) => ({
      actorType: actor.type,
      actorId: actor.id,
      actorLabel: actor.label,
      action: e.action,
      targetType: e.targetType ?? null,
      targetId: e.targetId ?? null,
      before: e.before ?? null,
      after: e.after ?? null,
      requestId,
    })),
  );
}
