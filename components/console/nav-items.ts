import type { Permission } from '@/lib/auth/permissions';
import type { StaffRole } from '@/db/schema';

export type NavGroup = 'queues' | 'spread' | 'accounts' | 'knowledge' | 'oversight' | 'admin';
export type NavItem = { href: string; label: string; permission: Permission; group: NavGroup };

// Groups in the order the sidebar shows them; labels are keys in messages/<locale>/common.json
// under "navGroups", item labels under "nav".
export const navGroups: NavGroup[] = ['queues', 'spread', 'accounts', 'knowledge', 'oversight', 'admin'];

export const navItems: NavItem[] = [
  { href: '/queue', label: 'queue', permission: 'queue.view', group: 'queues' },
  { href: '/escalations', label: 'escalations', permission: 'escalation.view', group: 'queues' },
  { href: '/approvals', label: 'approvals', permission: 'approvals.view', group: 'queues' },
  { href: '/videos', label: 'videos', permission: 'video.review', group: 'queues' },
  { href: '/identity-checks', label: 'identityChecks', permission: 'identity.review', group: 'queues' },
  { href: '/alerts', label: 'alerts', permission: 'alert.view', group: 'spread' },
  { href: '/incidents', label: 'incidents', permission: 'incident.view', group: 'spread' },
  { href: '/sections', label: 'sections', permission: 'section.view', group: 'spread' },
  { href: '/posts', label: 'posts', permission: 'comment.moderate', group: 'spread' },
  { href: '/livestreams', label: 'livestreams', permission: 'livestream.view', group: 'spread' },
  { href: '/accounts', label: 'accounts', permission: 'account.view', group: 'accounts' },
  { href: '/agencies', label: 'agencies', permission: 'agency.view', group: 'accounts' },
  { href: '/referrals', label: 'referrals', permission: 'referral.manage', group: 'accounts' },
  { href: '/library', label: 'library', permission: 'library.view', group: 'knowledge' },
  { href: '/standards', label: 'standards', permission: 'standards.view', group: 'knowledge' },
  { href: '/dashboard', label: 'dashboard', permission: 'dashboard.view', group: 'oversight' },
  { href: '/compliance', label: 'compliance', permission: 'compliance.view', group: 'oversight' },
  { href: '/audit', label: 'audit', permission: 'audit.view', group: 'oversight' },
  { href: '/admin/staff', label: 'staff', permission: 'staff.manage', group: 'admin' },
  { href: '/admin/api-keys', label: 'apiKeys', permission: 'apikey.manage', group: 'admin' },
  { href: '/admin/sanction-ladder', label: 'sanctionLadder', permission: 'sanction.ladder', group: 'admin' },
  { href: '/admin/webhook', label: 'webhook', permission: 'webhook.manage', group: 'admin' },
  { href: '/admin/model', label: 'model', permission: 'model.view', group: 'admin' },
  { href: '/admin/early-warning', label: 'earlyWarning', permission: 'alert.settings', group: 'admin' },
  { href: '/admin/dm-rules', label: 'dmRules', permission: 'dm_rules.manage', group: 'admin' },
  { href: '/admin/wellness', label: 'wellness', permission: 'wellness.settings', group: 'admin' },
  { href: '/admin/templates', label: 'templates', permission: 'templates.edit', group: 'admin' },
  { href: '/admin/organisation', label: 'organisation', permission: 'organisation.settings', group: 'admin' },
];

const landing: Record<StaffRole, string> = { moderator: '/queue', supervisor: '/queue', admin: '/admin/staff' };

export function landingPath(role: StaffRole): string {
  return landing[role];
}
