'use server';

import { and, eq, isNull, sql } from 'drizzle-orm';
import { z } from 'zod';
import { reporterMutes } from '@/db/schema';
import { defineAction } from '@/lib/actions/define-action';
import { DomainError } from '@/lib/actions/result';
import { refreshCaseRisk } from '@/lib/model/risk-refresh';
import { openCasesReportedBy, sinkMutedOnlyCases } from './mute';

const input = z.object({
  reporterAccountId: z.string().trim().min(1).max(200),
  reason: z.string().trim().min(1, 'Say why.').max(2000),
});

/**
 * Mutes an abusive or spamming reporter: from now their new reports sink to the bottom of their band
 * of the queue (the rule at intake, lib/reporters/mute.ts), and so do the undecided cases only they
 * (or other muted reporters) reported. Their reports are still stored and still told the outcome.
 */
export const muteReporter = defineAction({
  name: 'reporter.mute',
  permission: 'reporter.mute',
  input,
  async run({ tx, input, staff, audit }): Promise<{ muteId: string; sunkCases: number }> {
    const [row] = await tx.insert(reporterMutes).values({ reporterAccountId: input.reporterAccountId, reason: input.reason, mutedBy: staff.id })
      .onConflictDoNothing().returning({ id: reporterMutes.id });
    if (!row) throw new DomainError('conflict', 'This reporter is already muted.');
    const sunk = await sinkMutedOnlyCases(tx, await openCasesReportedBy(tx, input.reporterAccountId));
    audit({ action: 'reporter.mute', targetType: 'reporter', targetId: input.reporterAccountId, after: { muteId: row.id, reason: input.reason, sunkCases: sunk.size } });
    return { muteId: row.id, sunkCases: sunk.size };
  },
});

/** Lifts a mute: the reporter's undecided cases take their normal place in the queue again. */
export const unmuteReporter = defineAction({
  name: 'reporter.unmute',
  permission: 'reporter.mute',
  input,
  async run({ tx, input, staff, audit }): Promise<{ muteId: string; restoredCases: number }> {
    const [row] = await tx.update(reporterMutes)
      .set({ unmutedAt: sql`now()`, unmutedBy: staff.id, unmuteReason: input.reason })
      .where(and(eq(reporterMutes.reporterAccountId, input.reporterAccountId), isNull(reporterMutes.unmutedAt)))
      .returning({ id: reporterMutes.id });
    if (!row) throw new DomainError('conflict', 'This reporter is not muted.');
    const caseIds = await openCasesReportedBy(tx, input.reporterAccountId);
    // Priority afresh from the risk score; a case other muted reporters alone filed stays at the bottom.
    const restored = await refreshCaseRisk(tx, caseIds);
    await sinkMutedOnlyCases(tx, caseIds);
    audit({ action: 'reporter.unmute', targetType: 'reporter', targetId: input.reporterAccountId, after: { muteId: row.id, reason: input.reason, restoredCases: restored.size } });
    return { muteId: row.id, restoredCases: restored.size };
  },
});
