import { randomUUID } from 'node:crypto';
import { sql } from 'drizzle-orm';
import type { Database } from '@/db/client';
import { queryRows } from '@/db/query';
import { seedDemoLibrary } from '@/scripts/seed/demo-library';
import { promoteVersion, trainCandidate } from '@/lib/model/store';
import { openDraft } from '@/lib/standards/store';
import { defaultPrecheckSettings } from '@/lib/model/precheck-settings';
import type { Fixtures } from './types';

type Db = Database['db'];

/** The demo library, once: training needs labelled texts on both sides of the line. */
async function library(db: Db) {
  const [{ n }] = await queryRows<{ n: number }>(db, sql`select count(*)::int as n from library_examples where status = 'accepted' and 'demo-authz' = any(tags)`);
  if (n === 0) {
    await seedDemoLibrary(db);
    await db.execute(sql`update library_examples set tags = array_append(tags, 'demo-authz') where status = 'accepted'`);
  }
}

let trained: string | null = null;
/** A fresh candidate, copied from one real training run so its weights load. */
async function candidate(db: Db): Promise<string> {
  if (!trained) {
    await library(db);
    trained = (await db.transaction((tx) => trainCandidate(tx, null))).id;
  }
  const [row] = await queryRows<{ id: string }>(db, sql`
    insert into model_versions (algorithm, weights, training_size, training_hash, library_stamp, standards_version, metrics)
    select algorithm, weights, training_size, training_hash, library_stamp, standards_version, metrics from model_versions where id = ${trained}
    returning id`);
  return row.id;
}

export const fixtures: Fixtures = {
  actions: {
    'model.train': async ({ db }) => { await library(db); return {}; },
    'model.importTraining': async () => ({ csv: `text,label\n"authz ${randomUUID()}",1\n"authz ${randomUUID()}",0\n` }),
    'model.promote': async ({ db }) => ({ versionId: await candidate(db) }),
    'model.rollBack': async ({ db }) => {
      // Two promotions in a row, so that there is a version to roll back to.
      for (let i = 0; i < 2; i++) {
        const id = await candidate(db);
        await db.transaction((tx) => promoteVersion(tx, id, null));
      }
      return {};
    },
    'model.saveSettings': async ({ db }) => ({ version: (await db.transaction((tx) => openDraft(tx, null))).version, settings: defaultPrecheckSettings }),
  },
  routes: {
    'POST /api/v1/precheck': async () => ({
      body: { items: [{ id: `authz-${randomUUID()}`, kind: 'comment', text: 'hello', authorAccountId: 'authz-author' }] },
    }),
  },
};
