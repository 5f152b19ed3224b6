import { describe, expect, it } from 'vitest';
import { can, permissionTable, permissionsOf, roles, type Permission } from './permissions';

describe('permission table', () => {
  it('denies anything for a missing role and any unknown permission', () => {
    expect(can(null, 'queue.view')).toBe(false);
    expect(can(undefined, 'staff.manage')).toBe(false);
    expect(can('admin', 'no.such.permission' as Permission)).toBe(false);
  });

  it('lets moderators work the queue but not approve, manage staff or read the audit log', () => {
    expect(can('moderator', 'case.claim')).toBe(true);
    expect(can('moderator', 'case.decide')).toBe(true);
    expect(can('moderator', 'escalation.decide')).toBe(false);
    expect(can('moderator', 'staff.manage')).toBe(false);
    expect(can('moderator', 'audit.view')).toBe(false);
  });

  it('gives supervisors everything a moderator may do', () => {
    for (const p of permissionsOf('moderator')) expect(can('supervisor', p)).toBe(true);
  });

  it('keeps staff and key management with admins only', () => {
    for (const p of ['staff.manage', 'apikey.manage', 'standards.edit'] as const) {
      expect(roles.filter((r) => can(r, p))).toEqual(['admin']);
    }
  });

  it('names only known roles', () => {
    for (const allowed of Object.values(permissionTable)) {
      for (const r of allowed) expect(roles).toContain(r);
    }
  });
});
