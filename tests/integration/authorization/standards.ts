import { randomBytes, randomUUID } from 'node:crypto';
import type { Database } from '@/db/client';
import { loadVersion } from '@/lib/standards/queries';
import { discardDraft, draftVersion, openDraft } from '@/lib/standards/store';
import type { Fixtures } from './types';

type Db = Database['db'];

const draft = async (db: Db) => (await db.transaction((tx) => openDraft(tx, null))).version;

// A fresh copy of the published version: another fixture may have left a draft with an unfinished category.
async function cleanDraft(db: Db) {
  const existing = await draftVersion(db);
  if (existing !== null) await db.transaction((tx) => discardDraft(tx, existing));
  return draft(db);
}

export const fixtures: Fixtures = {
  actions: {
    'standards.openDraft': async () => ({}),
    'standards.saveDraft': async ({ db }) => ({ version: await draft(db), categoryId: 'insult', changes: { indicatorsEn: `Slurs ${randomUUID()}` } }),
    'standards.addCategory': async ({ db }) => ({
      version: await draft(db), categoryId: `authz_${randomBytes(4).toString('hex')}`, nameEn: 'Authz', nameZh: '授权',
    }),
    'standards.publish': async ({ db }) => {
      const version = await cleanDraft(db);
      return { version, changeNote: 'authorization check', reviewedAt: (await loadVersion(db, version))!.summary.updatedAt.toISOString() };
    },
    'standards.discardDraft': async ({ db }) => ({ version: await draft(db) }),
  },
};
