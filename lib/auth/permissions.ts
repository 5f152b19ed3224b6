import type { StaffRole } from '@/db/schema';

export const roles = ['moderator', 'supervisor', 'admin'] as const satisfies readonly StaffRole[];

/**
 * The one place that says who may do what. Anything not listed here is denied: every server action
 * and console page names the permission it needs, and lib/actions checks it on the server.
 */
export const permissionTable = {
  'queue.view': ['moderator', 'supervisor'],
  'case.view': ['moderator', 'supervisor'],
  'case.claim': ['moderator', 'supervisor'],
  'case.decide': ['moderator', 'supervisor'],
  // Taking a decision back (issue 13): the decider within the undo window, a supervisor afterwards.
  'decision.undo': ['moderator', 'supervisor'],
  'decision.reverse': ['supervisor'],
  // Internal notes on cases and accounts, tags on accounts, reporters' records and mutes.
  'note.write': ['moderator', 'supervisor'],
  'account.tag': ['moderator', 'supervisor'],
  'reporter.view': ['moderator', 'supervisor'],
  'reporter.mute': ['supervisor'],
  'escalation.view': ['supervisor'],
  'escalation.decide': ['supervisor'],
  'audit.view': ['supervisor', 'admin'],
  'staff.manage': ['admin'],
  'apikey.manage': ['admin'],
  'webhook.manage': ['admin'],
  // Hot incidents, authoritative information and disclosure (notice III.4, IV.1, IV.3).
  'incident.view': ['moderator', 'supervisor'],
  'incident.manage': ['supervisor'],
  'incident.link': ['moderator', 'supervisor'],
  'statement.publish': ['supervisor'],
  'disclosure.draft': ['moderator', 'supervisor'],
  'disclosure.review': ['supervisor'],
  'dashboard.view': ['supervisor'],
  // Classification standards and the case library (notice I.1).
  'standards.view': ['moderator', 'supervisor', 'admin'],
  'standards.edit': ['admin'],
  'library.view': ['moderator', 'supervisor', 'admin'],
  'library.propose': ['moderator', 'supervisor'],
  'library.review': ['admin'],
  // Accounts and sanctions (notice IV). Closures, registration bans, referrals and agency actions are
  // proposals until a second supervisor approves them; lib/approvals holds that rule.
  'account.view': ['moderator', 'supervisor'],
  'sanction.apply': ['moderator', 'supervisor'],
  'sanction.propose': ['moderator', 'supervisor'],
  'sanction.approve': ['supervisor'],
  'sanction.ladder': ['admin'],
  'appeal.decide': ['supervisor'],
  'referral.manage': ['supervisor'],
  'agency.view': ['moderator', 'supervisor'],
  'identity.review': ['moderator', 'supervisor'],
  'approvals.view': ['supervisor'],
  // Sections, comment sections, livestreams and short videos (notice III.1–III.3).
  'section.view': ['moderator', 'supervisor'],
  'section.act': ['moderator', 'supervisor'],
  'section.approve': ['supervisor'],
  'section.rules': ['supervisor'],
  'comment.moderate': ['moderator', 'supervisor'],
  'livestream.view': ['moderator', 'supervisor'],
  'livestream.act': ['moderator', 'supervisor'],
  'livestream.approve': ['supervisor'],
  'video.review': ['moderator', 'supervisor'],
  // The recognition model (notice I.2): train candidates, promote or roll back.
  'model.view': ['admin'],
  'model.train': ['admin'],
  'model.promote': ['admin'],
  // Surge early warning (notice I.3).
  'alert.view': ['moderator', 'supervisor'],
  'alert.act': ['moderator', 'supervisor'],
  'alert.settings': ['admin'],
  // One-key protection and private-message rules (notice II.1, II.2).
  'protection.set': ['moderator', 'supervisor'],
  'dm_rules.manage': ['admin'],
  // Compliance reports for inspections (notice V): generated and downloaded by supervisors, audited.
  'compliance.view': ['supervisor'],
  'compliance.generate': ['supervisor'],
  // Reviewer wellness (issue 13): each member sets how media is shown to them; an admin sets the
  // organisation's default and the break reminder.
  'wellness.self': ['moderator', 'supervisor', 'admin'],
  'wellness.settings': ['admin'],
  // Issue 13: working in bulk, the organisation's settings, the texts the platform shows accounts, the palette.
  'case.assign': ['supervisor'],
  'organisation.settings': ['admin'],
  'templates.edit': ['admin'],
  'console.search': ['moderator', 'supervisor', 'admin'],
} as const satisfies Record<string, readonly StaffRole[]>;

export type Permission = keyof typeof permissionTable;

export function can(role: StaffRole | null | undefined, permission: Permission): boolean {
  if (!role) return false;
  const allowed: readonly StaffRole[] | undefined = permissionTable[permission];
  return allowed?.includes(role) ?? false;
}

export function permissionsOf(role: StaffRole): Permission[] {
  return (Object.keys(permissionTable) as Permission[]).filter((p) => can(role, p));
}
