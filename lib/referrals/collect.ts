import { and, asc, eq, inArray, or } from 'drizzle-orm';
import type { Executor } from '@/db/client';
import {
  accountNames, accounts, auditLog, cases, decisions, evidenceSnapshots, reports, sanctionCases, sanctions, staff, type Sanction,
} from '@/db/schema';
import { canonicalJson, verifyEvidence } from '@/lib/reports/evidence';
import type { BundleFile } from './bundle';

const json = (value: unknown) => `${JSON.stringify(value, null, 2)}\n`;

/**
 * Everything a referral's evidence bundle holds, read in the preparing transaction: the sanction,
 * the account's history (profile, names, every sanction), each linked case with its reports,
 * evidence snapshots and decisions, and the audit trail of those cases and the sanction.
 *
 * Each snapshot is written as its canonical JSON, so the file's SHA-256 in the manifest is the very
 * hash recorded when the evidence was captured: the receiver can check it against our record.
 * Left out: the identity hash (meaningless without our secret) and reporters' account ids (the
 * reporters are not the subject of the referral; the platform can give them on request).
 */
export async function collectBundleFiles(db: Executor, sanction: Sanction, meta: { referralId: string; preparedAt: Date; preparedBy: string }): Promise<BundleFile[]> {
  const [account] = await db.select().from(accounts).where(eq(accounts.id, sanction.accountId));
  const names = await db.select().from(accountNames).where(eq(accountNames.accountId, sanction.accountId)).orderBy(asc(accountNames.changedAt), asc(accountNames.id));
  const history = await db.select().from(sanctions).where(eq(sanctions.accountId, sanction.accountId)).orderBy(asc(sanctions.proposedAt), asc(sanctions.id));
  const linked = await db.select({ caseId: sanctionCases.caseId }).from(sanctionCases).where(eq(sanctionCases.sanctionId, sanction.id));
  const caseIds = linked.map((l) => l.caseId).sort();

  const files: BundleFile[] = [];
  const staffIds = new Set<string>([meta.preparedBy]);
  for (const s of history) for (const id of [s.proposedBy, s.decidedBy, s.reversedBy]) if (id) staffIds.add(id);

  for (const caseId of caseIds) {
    const [row] = await db.select().from(cases).where(eq(cases.id, caseId));
    if (!row) continue;
    const { claimedBy: _c, leaseExpiresAt: _l, ...caseRecord } = row;
    const reportRows = await db.select({
      id: reports.id, externalId: reports.externalId, channel: reports.channel, categoryId: reports.categoryId,
      reporterIsMinor: reports.reporterIsMinor, targetAccountId: reports.targetAccountId, targetIsMinor: reports.targetIsMinor,
      subjectAccountId: reports.subjectAccountId, subjectContentId: reports.subjectContentId, description: reports.description,
      evidenceId: reports.evidenceId, receivedAt: reports.receivedAt,
    }).from(reports).where(eq(reports.caseId, caseId)).orderBy(asc(reports.receivedAt), asc(reports.id));
    const evidenceIds = [...new Set([row.firstEvidenceId, ...reportRows.map((r) => r.evidenceId)].filter((id): id is string => !!id))];
    const snapshots = evidenceIds.length
      ? await db.select().from(evidenceSnapshots).where(inArray(evidenceSnapshots.id, evidenceIds)).orderBy(asc(evidenceSnapshots.capturedAt), asc(evidenceSnapshots.id))
      : [];
    const caseDecisions = await db.select().from(decisions).where(eq(decisions.caseId, caseId)).orderBy(asc(decisions.decidedAt), asc(decisions.id));
    for (const d of caseDecisions) staffIds.add(d.decidedBy);

    files.push({ name: `cases/${caseId}/case.json`, content: json(caseRecord) });
    files.push({ name: `cases/${caseId}/reports.json`, content: json(reportRows) });
    files.push({ name: `cases/${caseId}/decisions.json`, content: json(caseDecisions) });
    files.push({
      name: `cases/${caseId}/evidence.json`,
      content: json(snapshots.map((s) => ({
        id: s.id, file: `evidence/${s.id}.json`, sha256: s.sha256, capturedAt: s.capturedAt,
        matchesRecordedHash: verifyEvidence(s.content, s.sha256),
      }))),
    });
    for (const s of snapshots) files.push({ name: `cases/${caseId}/evidence/${s.id}.json`, content: canonicalJson(s.content) });
  }

  const trailTargets = [and(eq(auditLog.targetType, 'sanction'), eq(auditLog.targetId, sanction.id))];
  if (caseIds.length) trailTargets.push(and(eq(auditLog.targetType, 'case'), inArray(auditLog.targetId, caseIds)));
  const trail = await db.select().from(auditLog).where(or(...trailTargets)).orderBy(asc(auditLog.at), asc(auditLog.id));

  const people = await db.select({ id: staff.id, name: staff.name, role: staff.role }).from(staff).where(inArray(staff.id, [...staffIds])).orderBy(asc(staff.id));
  const { identityHash, ...profile } = account ?? { identityHash: null, id: sanction.accountId };

  files.push({
    name: 'referral.json',
    content: json({ referralId: meta.referralId, preparedAt: meta.preparedAt, preparedBy: meta.preparedBy, sanction, linkedCases: caseIds }),
  });
  files.push({ name: 'account/profile.json', content: json({ ...profile, identityVerified: !!identityHash }) });
  files.push({ name: 'account/names.json', content: json(names) });
  files.push({ name: 'account/sanctions.json', content: json(history) });
  files.push({ name: 'decision-trail.json', content: json(trail) });
  files.push({ name: 'staff.json', content: json(people) });
  return files;
}
