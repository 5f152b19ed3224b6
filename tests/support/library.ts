import { eq } from 'drizzle-orm';
import type { Executor } from '@/db/client';
import { cases, decisions, libraryExamples, type DecisionAction } from '@/db/schema';
import { storeVariantGrams } from '@/lib/library/variant-grams';
import { insertCase, type CaseSpec } from './cases';

/** A case decided the way the decision path leaves it: status, the case's decision and a decision row. */
export async function insertDecidedCase(db: Executor, decidedBy: string, action: DecisionAction = 'remove', spec: CaseSpec = {}) {
  const c = await insertCase(db, { categoryId: 'insult', ...spec, status: 'decided' });
  const at = new Date();
  await db.update(cases).set({ decision: action, decidedAt: at, decidedBy }).where(eq(cases.id, c.id));
  await db.insert(decisions).values({ caseId: c.id, decidedBy, action, categoryId: spec.categoryId ?? 'insult', decidedAt: at });
  return c;
}

export async function insertExample(db: Executor, values: Partial<typeof libraryExamples.$inferInsert> = {}) {
  const [row] = await db.insert(libraryExamples).values({ text: 'an example', language: 'en', verdict: 'violation', ...values }).returning();
  // As the app's writers do (lib/library/variant-grams.ts): the grams of the model's reading too.
  await storeVariantGrams(db, [row]);
  return row;
}
