import { backfillVariantGrams } from '@/lib/library/variant-grams';
import { where, withAppDatabase } from './open-database';

// `npx tsx scripts/library-variant-grams.ts`: once, for a library written before examples kept the grams
// of the recognition model's reading (lib/library/variant-grams.ts); every write has kept them since.
// Safe to run again: it only adds grams an example lacks.
await withAppDatabase(async ({ db }) => {
  const n = await backfillVariantGrams(db);
  console.log(`${n} examples in ${where()} gained the grams of their slang and variant spellings`);
});
