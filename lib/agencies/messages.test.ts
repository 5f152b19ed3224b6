import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { agencyActionStatus, agencyActionType } from '@/db/schema/agencies';
import { partyRole } from '@/db/schema/incidents';

const root = path.resolve(import.meta.dirname, '../..');
const load = (locale: string) => JSON.parse(fs.readFileSync(path.join(root, 'lib/i18n/messages', locale, 'agencies.json'), 'utf8'));
const keys = (o: Record<string, unknown>, prefix = ''): string[] =>
  Object.entries(o).flatMap(([k, v]) => (v && typeof v === 'object' ? keys(v as Record<string, unknown>, `${prefix}${k}.`) : [`${prefix}${k}`]));

describe('agencies messages (agencies and identity checks)', () => {
  const en = load('en');
  const zh = load('zh');

  it('English and Chinese have the same keys', () => {
    expect(keys(zh).sort()).toEqual(keys(en).sort());
  });

  it('name every action type and status, every party role, and every refusal code the actions send', () => {
    for (const type of agencyActionType.enumValues) expect(en.types[type], type).toBeTruthy();
    for (const status of agencyActionStatus.enumValues) expect(en.statuses[status], status).toBeTruthy();
    for (const role of partyRole.enumValues) expect(en.identity.roles[role], role).toBeTruthy();
    const codes = ['reason_too_short', 'already_proposed', 'unknown_incident', 'now_active', 'now_rejected', 'now_reversed', 'now_proposed',
      'now_verified', 'now_cleared', 'now_escalated', 'ownProposal'];
    for (const code of codes) expect(en.errors[code], code).toBeTruthy();
  });
});
