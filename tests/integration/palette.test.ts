import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { accounts, type Staff } from '@/db/schema';
import { executeAction, type ActionDefinition } from '@/lib/actions/define-action';
import { searchConsole } from '@/lib/palette/actions';
import type { PaletteHit } from '@/lib/palette/search';
import { createTestDatabase, type TestDatabase } from '../support/db';
import { createStaff } from '../support/staff';
import { insertCase } from '../support/cases';
import { insertIncident } from '../support/incidents';

let t: TestDatabase;
let mod: Staff;
let admin: Staff;
beforeAll(async () => {
  t = await createTestDatabase();
  [mod, admin] = [await createStaff(t.db, 'moderator'), await createStaff(t.db, 'admin')];
});
afterAll(async () => { await t.drop(); });

let req = 0;
async function search(who: Staff, q: string): Promise<PaletteHit[]> {
  const result = await executeAction(searchConsole.definition as ActionDefinition<any, PaletteHit[]>, { db: t.db, staffId: who.id, requestId: `palette-${++req}` }, { q });
  if (!result.ok) throw new Error(result.error.message);
  return result.data;
}

describe('the command palette lookup', () => {
  it('finds a case by full or short id, an account by id or handle, an incident by title', async () => {
    const c = await insertCase(t.db, { categoryId: 'insult' });
    expect(await search(mod, c.id)).toEqual([expect.objectContaining({ kind: 'case', id: c.id, href: `/cases/${c.id}`, label: c.id.slice(0, 8), status: 'open' })]);
    expect((await search(mod, c.id.slice(0, 8).toUpperCase())).filter((h) => h.kind === 'case').map((h) => h.id)).toContain(c.id);

    await t.db.insert(accounts).values({ id: 'acct-palette-1', handle: 'quiet_river', displayName: 'Quiet River' });
    expect((await search(mod, '@quiet_ri')).filter((h) => h.kind === 'account')).toEqual([expect.objectContaining({ id: 'acct-palette-1', label: '@quiet_river', href: '/accounts/acct-palette-1' })]);
    expect((await search(mod, 'acct-palette-1')).some((h) => h.kind === 'account' && h.id === 'acct-palette-1')).toBe(true);

    const { incident } = await insertIncident(t.db);
    expect((await search(mod, incident.title.slice(-6))).filter((h) => h.kind === 'incident').map((h) => h.id)).toEqual([incident.id]);
    // LIKE wildcards typed by the user are literal text.
    expect((await search(mod, '%%')).filter((h) => h.kind === 'incident')).toEqual([]);
  });

  it('finds only what the role may open: an admin sees no cases, accounts or incidents', async () => {
    const c = await insertCase(t.db, { categoryId: 'insult' });
    expect(await search(admin, c.id)).toEqual([]);
    expect(await search(admin, 'quiet_river')).toEqual([]);
  });
});
