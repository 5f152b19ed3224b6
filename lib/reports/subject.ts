import type { EvidenceContent } from '@/db/schema/reports';
import { sha256Hex } from './evidence';
import type { ReportInput } from './intake-schema';

/**
 * What a report is about, so that every report on it joins one case: the platform's content id when
 * it has one, otherwise the account, channel and text (a livestream remark or a profile has no id).
 */
export function subjectKey(report: ReportInput): string {
  if (report.subject.contentId) return `content:${report.subject.contentId}`;
  return `account:${report.subject.accountId}:${report.channel}:${sha256Hex(report.subject.text).slice(0, 16)}`;
}

/** The snapshot kept as evidence: the reported content and its context, as the platform sent it. */
export function evidenceContent(report: ReportInput): EvidenceContent {
  return {
    channel: report.channel,
    accountId: report.subject.accountId,
    contentId: report.subject.contentId ?? null,
    text: report.subject.text,
    context: report.subject.context,
    createdAt: new Date(report.subject.createdAt).toISOString(),
    // Only when sent, so a text-only snapshot keeps the same hash as before media existed.
    ...(report.subject.media?.length ? { media: report.subject.media } : {}),
  };
}
