import type { Executor } from '@/db/client';

/**
 * A title as a message key and its values (names, handles: plain text, never HTML), so each
 * reader sees it in their language. Enum-like values (kind, type) are chosen with ICU `select`.
 */
export type ApprovalTitle =
  | { key: 'sectionClosure'; values: { kind: string; name: string } }
  | { key: 'groupAccountClosure'; values: { owner: string; name: string } }
  | { key: 'hostBan'; values: { host: string; name: string } }
  | { key: 'agencyAction'; values: { type: string; agency: string } }
  | { key: 'sanction'; values: { type: string; account: string; hours: string } }
  | { key: 'appeal'; values: { type: string; account: string } }
  // Both titles travel, so each reader sees the disclosure under its title in their language.
  | { key: 'disclosure'; values: { stage: 'review' | 'publish'; titleEn: string; titleZh: string; version: string } };

/** A proposal waiting for a second supervisor, as the approvals queue lists it. */
export type PendingApproval = {
  /** Which capability owns it: 'sanction', 'agency_action', 'section_closure', 'host_ban', … */
  kind: string;
  id: string;
  /** What would happen, worded in the reader's language from messages/<locale>/approvals.json "titles". */
  title: ApprovalTitle;
  reason: string;
  /** Null when the platform filed it (an appeal) rather than a staff member. */
  proposedBy: { id: string; name: string } | null;
  proposedAt: Date;
  /** Marks proposals touching a minor or a hot incident so they are read first. */
  urgent?: boolean;
  /** The page where the approver reads the whole proposal and approves or rejects it. */
  href: string;
};

/** Each capability with four-eyes proposals registers one source in lib/approvals/sources.ts. */
export type ApprovalSource = (db: Executor) => Promise<PendingApproval[]>;
