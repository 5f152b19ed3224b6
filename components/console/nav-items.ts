import type { Permission } from '@/lib/auth/permissions';
import type { StaffRole } from '@/db/schema';

export type NavItem = { href: string; label: string; permission: Permission };

// Labels are keys in messages/<locale>/common.json under "nav".
export const navItems: NavItem[] = [
  { href: '/queue', label: 'queue', permission: 'queue.view' },
  { href: '/escalations', label: 'escalations', permission: 'escalation.view' },
  { href: '/incidents', label: 'incidents', permission: 'incident.view' },
  { href: '/approvals', label: 'approvals', permission: 'approvals.view' },
  { href: '/referrals', label: 'referrals', permission: 'referral.manage' },
  { href: '/accounts', label: 'accounts', permission: 'account.view' },
  { href: '/identity-checks', label: 'identityChecks', permission: 'identity.review' },
  { href: '/agencies', label: 'agencies', permission: 'agency.view' },
  { href: '/sections', label: 'sections', permission: 'section.view' },
  { href: '/livestreams', label: 'livestreams', permission: 'livestream.view' },
  { href: '/videos', label: 'videos', permission: 'video.review' },
  { href: '/dashboard', label: 'dashboard', permission: 'dashboard.view' },
  { href: '/library', label: 'library', permission: 'library.view' },
  { href: '/standards', label: 'standards', permission: 'standards.view' },
  { href: '/audit', label: 'audit', permission: 'audit.view' },
  { href: '/admin/staff', label: 'staff', permission: 'staff.manage' },
  { href: '/admin/api-keys', label: 'apiKeys', permission: 'apikey.manage' },
  { href: '/admin/sanction-ladder', label: 'sanctionLadder', permission: 'sanction.ladder' },
  { href: '/admin/webhook', label: 'webhook', permission: 'webhook.manage' },
];

const landing: Record<StaffRole, string> = { moderator: '/queue', supervisor: '/queue', admin: '/admin/staff' };

export function landingPath(role: StaffRole): string {
  return landing[role];
}
