import type { Executor } from '@/db/client';

/** A proposal waiting for a second supervisor, as the approvals queue lists it. */
export type PendingApproval = {
  /** Which capability owns it: 'sanction', 'agency_action', 'section_closure', 'host_ban', … */
  kind: string;
  id: string;
  /** What would happen, in the domain's words (plain text, never HTML): "Close account @name". */
  title: string;
  reason: string;
  proposedBy: { id: string; name: string };
  proposedAt: Date;
  /** Marks proposals touching a minor or a hot incident so they are read first. */
  urgent?: boolean;
  /** The page where the approver reads the whole proposal and approves or rejects it. */
  href: string;
};

/** Each capability with four-eyes proposals registers one source in lib/approvals/sources.ts. */
export type ApprovalSource = (db: Executor) => Promise<PendingApproval[]>;
