'use server';

import { and, eq, inArray } from 'drizzle-orm';
import { z } from 'zod';
import type { Tx } from '@/db/client';
import { channel, exampleLanguage, exampleVerdict, libraryExamples, type LibraryExample } from '@/db/schema';
import { defineAction } from '@/lib/actions/define-action';
import { DomainError } from '@/lib/actions/result';
import { planImport } from './import-rows';
import { insertImported, knownCategoryIds } from './import';
import { storeVariantGrams } from './variant-grams';
import { createProposal } from './proposal';

const span = z.object({ start: z.number().int().min(0), end: z.number().int().min(0) });
const tags = z.array(z.string().trim().toLowerCase().min(1).max(64)).max(12);
const exampleRef = z.object({ id: z.uuid() });

// What a reviewer sees changing: the fields, not the row's bookkeeping.
const reviewed = (e: LibraryExample) => ({
  text: e.text, context: e.context, verdict: e.verdict, categoryId: e.categoryId, language: e.language, channel: e.channel,
  tags: e.tags, rationale: e.rationale, status: e.status,
});

export const proposeExample = defineAction({
  name: 'library.propose',
  permission: 'library.propose',
  input: z.object({ caseId: z.uuid(), redact: z.array(span).max(200), rationale: z.string().trim().max(4000), tags }),
  async run({ tx, input, staff, audit }) {
    const row = await createProposal(tx, input, staff.id);
    audit({ action: 'library.propose', targetType: 'library_example', targetId: row.id, after: { ...reviewed(row), sourceCaseId: row.sourceCaseId, redactions: row.redactions.length } });
    return { id: row.id };
  },
});

async function load(tx: Tx, id: string) {
  const [row] = await tx.select().from(libraryExamples).where(eq(libraryExamples.id, id)).for('update');
  if (!row) throw new DomainError('not_found', 'There is no such example.');
  return row;
}

const edits = z.object({
  text: z.string().trim().min(1).max(5000),
  context: z.string().trim().max(5000),
  verdict: z.enum(exampleVerdict.enumValues),
  categoryId: z.string().max(64).nullable(),
  language: z.enum(exampleLanguage.enumValues),
  channel: z.enum(channel.enumValues).nullable(),
  tags,
  rationale: z.string().trim().max(4000),
});

export const updateExample = defineAction({
  name: 'library.update',
  permission: 'library.review',
  input: exampleRef.extend(edits.shape),
  async run({ tx, input, audit }) {
    const { id, ...fields } = input;
    const before = await load(tx, id);
    const [after] = await tx.update(libraryExamples).set({ ...fields, updatedAt: new Date() }).where(eq(libraryExamples.id, id)).returning();
    await storeVariantGrams(tx, [after]);
    audit({ action: 'library.update', targetType: 'library_example', targetId: id, before: reviewed(before), after: reviewed(after) });
    return { id };
  },
});

function statusChange(name: string, from: LibraryExample['status'][], to: LibraryExample['status']) {
  return defineAction({
    name,
    permission: 'library.review',
    input: exampleRef,
    async run({ tx, input, staff, audit }) {
      const before = await load(tx, input.id);
      if (!from.includes(before.status)) throw new DomainError('conflict', `The example is ${before.status}.`);
      const [after] = await tx.update(libraryExamples)
        .set({ status: to, reviewedBy: staff.id, reviewedAt: new Date(), updatedAt: new Date() })
        .where(and(eq(libraryExamples.id, input.id), inArray(libraryExamples.status, from)))
        .returning();
      audit({ action: name, targetType: 'library_example', targetId: input.id, before: { status: before.status }, after: { status: after.status } });
      return { id: input.id, status: after.status };
    },
  });
}

export const acceptExample = statusChange('library.accept', ['proposed'], 'accepted');
/** Rejecting a proposal and retiring an accepted example both take it out of search and "similar cases". */
export const rejectExample = statusChange('library.reject', ['proposed'], 'retired');
export const retireExample = statusChange('library.retire', ['accepted'], 'retired');

export type ImportOutcome = { imported: number; errors: { line: number; message: string }[] };

/**
 * Imports a labelled CSV as proposed examples, all or nothing: with any bad row nothing is written and
 * every bad row is reported, so the admin fixes the file and imports it again rather than hunting for
 * which half made it in.
 */
export const importExamples = defineAction({
  name: 'library.import',
  permission: 'library.review',
  input: z.object({ csv: z.string().min(1).max(50_000_000), fileName: z.string().max(200).default('upload.csv') }),
  async run({ tx, input, staff, audit }): Promise<ImportOutcome> {
    const plan = planImport(input.csv, await knownCategoryIds(tx));
    if (plan.errors.length) {
      throw new DomainError('invalid_input', `${plan.errors.length} of ${plan.total} rows are invalid; nothing was imported.`, {
        rows: plan.errors.slice(0, 200).map((e) => `line ${e.line}: ${e.message}`),
      });
    }
    const imported = await insertImported(tx, plan.rows, staff.id, ['imported']);
    audit({ action: 'library.import', targetType: 'library_example', after: { fileName: input.fileName, imported } });
    return { imported, errors: [] };
  },
});
