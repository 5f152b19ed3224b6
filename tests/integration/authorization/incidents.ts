import { eq } from 'drizzle-orm';
import type { Database } from '@/db/client';
import { incidentCases, incidentStatements, incidentTerms } from '@/db/schema';
import { createStaff } from '../../support/staff';
import { insertCase } from '../../support/cases';
import { insertDisclosure, insertIncident } from '../../support/incidents';
import type { Fixtures } from './types';

type Db = Database['db'];

// Each call makes its own incident or disclosure, so one role's success never changes what the next finds.
const incidentId = async (db: Db) => (await insertIncident(db)).incident.id;
// Reviews need a disclosure written by someone else: the author may not review their own.
const byAnother = async (db: Db, status: 'in_review' | 'approved') => {
  const { incident } = await insertIncident(db);
  const author = await createStaff(db, 'moderator');
  return { disclosureId: (await insertDisclosure(db, incident.id, author, status)).disclosure.id };
};

export const fixtures: Fixtures = {
  actions: {
    'incident.create': async () => ({ title: 'authz incident', risk: 'low', terms: [{ term: 'authz', language: 'en' }] }),
    'incident.update': async ({ db }) => ({ incidentId: await incidentId(db), title: 'renamed', summary: '', risk: 'high', status: 'active' }),
    'incident.close': async ({ db }) => ({ incidentId: await incidentId(db) }),
    'incident.addParty': async ({ db }) => ({ incidentId: await incidentId(db), accountId: 'authz-acct', role: 'inciter' }),
    'incident.removeParty': async ({ db }) => {
      const { incident, party } = await insertIncident(db);
      return { incidentId: incident.id, partyId: party.id };
    },
    'incident.addTerm': async ({ db }) => ({ incidentId: await incidentId(db), term: '授权', language: 'zh' }),
    'incident.removeTerm': async ({ db }) => {
      const { incident } = await insertIncident(db);
      const [row] = await db.select({ id: incidentTerms.id }).from(incidentTerms).where(eq(incidentTerms.incidentId, incident.id));
      return { incidentId: incident.id, termId: row.id };
    },
    'incident.linkCase': async ({ db }) => ({ incidentId: await incidentId(db), caseId: (await insertCase(db)).id }),
    'incident.unlinkCase': async ({ db }) => {
      const id = await incidentId(db);
      const caseId = (await insertCase(db)).id;
      await db.insert(incidentCases).values({ incidentId: id, caseId });
      return { incidentId: id, caseId };
    },
    'incident.linkRef': async ({ db }) => ({ incidentId: await incidentId(db), kind: 'section', ref: 'topic-authz' }),
    'statement.publish': async ({ db }) => ({ incidentId: await incidentId(db), source: 'Police', text: 'Statement', statedAt: '2026-03-01T08:00:00Z' }),
    'statement.withdraw': async ({ db }) => {
      const id = await incidentId(db);
      const publisher = await createStaff(db, 'supervisor');
      const [s] = await db.insert(incidentStatements).values({ incidentId: id, source: 'Police', text: 'x', statedAt: new Date(), publishedBy: publisher.id }).returning();
      return { statementId: s.id };
    },
    'disclosure.draft': async ({ db }) => ({ incidentId: await incidentId(db), titleEn: 'T', bodyEn: 'B', titleZh: '标题', bodyZh: '正文' }),
    // Editing and submitting are the author's: the caller writes the draft (anonymously, someone else does).
    'disclosure.edit': async ({ db, caller }) => {
      const { incident } = await insertIncident(db);
      const author = caller ?? (await createStaff(db, 'moderator'));
      const { disclosure } = await insertDisclosure(db, incident.id, author, 'draft');
      return { disclosureId: disclosure.id, titleEn: 'T2', bodyEn: 'B2', titleZh: '标题', bodyZh: '正文' };
    },
    'disclosure.submit': async ({ db, caller }) => {
      const { incident } = await insertIncident(db);
      const author = caller ?? (await createStaff(db, 'moderator'));
      return { disclosureId: (await insertDisclosure(db, incident.id, author, 'draft')).disclosure.id };
    },
    'disclosure.approve': async ({ db }) => byAnother(db, 'in_review'),
    'disclosure.sendBack': async ({ db }) => ({ ...(await byAnother(db, 'in_review')), comment: 'Too vague' }),
    'disclosure.publish': async ({ db }) => byAnother(db, 'approved'),
    'disclosure.correct': async ({ db }) => {
      const { incident } = await insertIncident(db);
      const author = await createStaff(db, 'moderator');
      return { disclosureId: (await insertDisclosure(db, incident.id, author, 'published')).disclosure.id, correctionNote: 'Fixed a count' };
    },
  },
  routes: {
    'GET /api/v1/incidents/authoritative': async ({ db }) => ({ path: `/api/v1/incidents/authoritative?incident=${await incidentId(db)}` }),
  },
};
