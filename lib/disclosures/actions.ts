'use server';

import { desc, eq, sql } from 'drizzle-orm';
import { z } from 'zod';
import type { Tx } from '@/db/client';
import { disclosureVersions, disclosures, incidents, type DisclosureVersion, type Staff } from '@/db/schema';
import { defineAction } from '@/lib/actions/define-action';
import { DomainError } from '@/lib/actions/result';
import { incidentMeasures } from '@/lib/incidents/measures';
import { disclosureFindings } from './queries';
import { canStartCorrection, transition, type DisclosureEvent } from './rules';
import { changedLanguages, languageLag } from './languages';

const text = z.object({
  titleEn: z.string().trim().min(1).max(300),
  bodyEn: z.string().trim().min(1).max(20000),
  titleZh: z.string().trim().min(1).max(300),
  bodyZh: z.string().trim().min(1).max(20000),
});
const disclosureRef = z.object({ disclosureId: z.uuid() });
// Submitting or publishing with one language edited and the other not needs this said explicitly.
const confirmOneLanguage = z.boolean({ error: 'confirmOneLanguage must be true or false' }).optional();

const onDisclosure = (id: string) => ({ targetType: 'disclosure', targetId: id });

// The field code lets the console say why in the reader's language.
const refusals = {
  wrong_status: (status: string) => new DomainError('conflict', `Not possible while the disclosure is ${status.replace('_', ' ')}.`, { status: ['wrong_status'] }),
  own_disclosure: () => new DomainError('forbidden', 'A disclosure is reviewed and published by a supervisor other than its author.', { reviewer: ['own_disclosure'] }),
  not_author: () => new DomainError('forbidden', 'Only the author edits or submits this version.', { author: ['not_author'] }),
};

/**
 * Refuses to move on while one language was edited and the other not, unless confirmed; returns
 * what was confirmed (for the audit row), or null when both languages are in step.
 */
async function checkLanguages(tx: Tx, versionId: string, confirmed: boolean | undefined) {
  const lag = await languageLag(tx, versionId);
  if (lag && !confirmed) {
    const [changed, stale] = lag === 'zh_not_updated' ? ['English', 'Chinese'] : ['Chinese', 'English'];
    throw new DomainError('conflict', `The ${stale} text has not been updated since the ${changed} text was changed. Update it, or confirm that it stays as it is.`, { languages: [lag] });
  }
  return lag;
}

/** Locks the newest version and applies one step of the workflow to it. */
async function step(tx: Tx, disclosureId: string, me: Staff, event: DisclosureEvent): Promise<{ version: DisclosureVersion; incidentId: string; to: DisclosureVersion['status'] }> {
  const [d] = await tx.select({ incidentId: disclosures.incidentId }).from(disclosures).where(eq(disclosures.id, disclosureId));
  if (!d) throw new DomainError('not_found', 'There is no such disclosure.');
  const [version] = await tx.select().from(disclosureVersions).where(eq(disclosureVersions.disclosureId, disclosureId))
    .orderBy(desc(disclosureVersions.version)).limit(1).for('update');
  const move = transition(version.status, event, { isAuthor: version.authorId === me.id });
  if (!move.ok) throw refusals[move.reason](version.status);
  return { version, incidentId: d.incidentId, to: move.to };
}

export const draftDisclosure = defineAction({
  name: 'disclosure.draft',
  permission: 'disclosure.draft',
  input: text.extend({ incidentId: z.uuid() }),
  async run({ tx, input, staff, audit }) {
    const { incidentId, ...body } = input;
    const [incident] = await tx.select({ id: incidents.id }).from(incidents).where(eq(incidents.id, incidentId));
    if (!incident) throw new DomainError('not_found', 'There is no such incident.');
    const [d] = await tx.insert(disclosures).values({ incidentId, createdBy: staff.id }).returning();
    const measures = await incidentMeasures(tx, incidentId);
    await tx.insert(disclosureVersions).values({ disclosureId: d.id, version: 1, ...body, measures, authorId: staff.id });
    audit({ action: 'disclosure.draft', ...onDisclosure(d.id), after: { incidentId, version: 1, titleEn: body.titleEn, measures } });
    return { id: d.id };
  },
});

export const editDisclosure = defineAction({
  name: 'disclosure.edit',
  permission: 'disclosure.draft',
  input: text.extend({ disclosureId: z.uuid(), correctionNote: z.string().trim().max(2000).optional() }),
  async run({ tx, input, staff, audit }) {
    const { disclosureId, correctionNote, ...body } = input;
    const { version, incidentId, to } = await step(tx, disclosureId, staff, 'edit');
    if (version.version > 1 && !correctionNote) throw new DomainError('invalid_input', 'A correction needs a note.', { correctionNote: ['required'] });
    const measures = await incidentMeasures(tx, incidentId);
    const changed = changedLanguages(version, body);
    await tx.update(disclosureVersions)
      .set({
        ...body, correctionNote: version.version > 1 ? correctionNote : null, measures, status: to, updatedAt: sql`now()`,
        ...(changed.en ? { enChangedAt: sql`now()` } : {}), ...(changed.zh ? { zhChangedAt: sql`now()` } : {}),
      })
      .where(eq(disclosureVersions.id, version.id));
    audit({ action: 'disclosure.edit', ...onDisclosure(disclosureId), before: { titleEn: version.titleEn, bodyEn: version.bodyEn, titleZh: version.titleZh, bodyZh: version.bodyZh }, after: body });
    return { id: disclosureId };
  },
});

export const submitDisclosure = defineAction({
  name: 'disclosure.submit',
  permission: 'disclosure.draft',
  input: disclosureRef.extend({ confirmOneLanguage }),
  async run({ tx, input, staff, audit }) {
    const { version, to } = await step(tx, input.disclosureId, staff, 'submit');
    const lag = await checkLanguages(tx, version.id, input.confirmOneLanguage);
    // In step: from here on only a new edit can put one language behind. Confirmed: the reviewer
    // who publishes is asked again.
    await tx.update(disclosureVersions)
      .set({ status: to, submittedAt: sql`now()`, updatedAt: sql`now()`, ...(lag ? {} : { languagesSyncedAt: sql`now()` }) })
      .where(eq(disclosureVersions.id, version.id));
    audit({ action: 'disclosure.submit', ...onDisclosure(input.disclosureId), before: { status: version.status }, after: { status: to, version: version.version, ...(lag ? { confirmedOneLanguage: lag } : {}) } });
    return { id: input.disclosureId };
  },
});

export const approveDisclosure = defineAction({
  name: 'disclosure.approve',
  permission: 'disclosure.review',
  input: disclosureRef,
  async run({ tx, input, staff, audit }) {
    const { version, to } = await step(tx, input.disclosureId, staff, 'approve');
    await tx.update(disclosureVersions)
      .set({ status: to, reviewedBy: staff.id, reviewedAt: sql`now()`, reviewComment: null, updatedAt: sql`now()` })
      .where(eq(disclosureVersions.id, version.id));
    audit({ action: 'disclosure.approve', ...onDisclosure(input.disclosureId), before: { status: version.status }, after: { status: to, version: version.version } });
    return { id: input.disclosureId };
  },
});

export const sendBackDisclosure = defineAction({
  name: 'disclosure.sendBack',
  permission: 'disclosure.review',
  input: disclosureRef.extend({ comment: z.string().trim().min(1).max(4000) }),
  async run({ tx, input, staff, audit }) {
    const { version, to } = await step(tx, input.disclosureId, staff, 'send_back');
    await tx.update(disclosureVersions)
      .set({ status: to, reviewedBy: staff.id, reviewedAt: sql`now()`, reviewComment: input.comment, updatedAt: sql`now()` })
      .where(eq(disclosureVersions.id, version.id));
    audit({ action: 'disclosure.sendBack', ...onDisclosure(input.disclosureId), before: { status: version.status }, after: { status: to, comment: input.comment } });
    return { id: input.disclosureId };
  },
});

export const publishDisclosure = defineAction({
  name: 'disclosure.publish',
  permission: 'disclosure.review',
  input: disclosureRef.extend({ confirmOneLanguage }),
  async run({ tx, input, staff, audit }) {
    const { version, incidentId, to } = await step(tx, input.disclosureId, staff, 'publish');
    const lag = await checkLanguages(tx, version.id, input.confirmOneLanguage);
    const findings = await disclosureFindings(tx, incidentId, version);
    if (findings.length) {
      throw new DomainError('conflict', `Publishing refused: the text contains ${findings.map((f) => `${f.kind.replace('_', ' ')} "${f.value}"`).join(', ')}.`, {
        personalData: findings.map((f) => `${f.kind}: ${f.value}`),
      });
    }
    await tx.update(disclosureVersions)
      .set({ status: to, publishedBy: staff.id, publishedAt: sql`now()`, updatedAt: sql`now()` })
      .where(eq(disclosureVersions.id, version.id));
    audit({ action: 'disclosure.publish', ...onDisclosure(input.disclosureId), before: { status: version.status }, after: { status: to, version: version.version, ...(lag ? { confirmedOneLanguage: lag } : {}) } });
    return { id: input.disclosureId };
  },
});

/** A correction: the next version, starting from the published text, with a note saying what changed. */
export const correctDisclosure = defineAction({
  name: 'disclosure.correct',
  permission: 'disclosure.draft',
  input: disclosureRef.extend({ correctionNote: z.string().trim().min(1).max(2000) }),
  async run({ tx, input, staff, audit }) {
    const versions = await tx.select().from(disclosureVersions).where(eq(disclosureVersions.disclosureId, input.disclosureId))
      .orderBy(desc(disclosureVersions.version)).for('update');
    if (!versions.length) throw new DomainError('not_found', 'There is no such disclosure.');
    if (!canStartCorrection(versions)) throw new DomainError('conflict', 'A newer version is already being worked on.', { version: ['open_version'] });
    const [latest] = versions;
    const next = latest.version + 1;
    await tx.insert(disclosureVersions).values({
      disclosureId: input.disclosureId, version: next, titleEn: latest.titleEn, bodyEn: latest.bodyEn, titleZh: latest.titleZh,
      bodyZh: latest.bodyZh, measures: latest.measures, correctionNote: input.correctionNote, authorId: staff.id,
    });
    audit({ action: 'disclosure.correct', ...onDisclosure(input.disclosureId), after: { version: next, correctionNote: input.correctionNote } });
    return { id: input.disclosureId, version: next };
  },
});
