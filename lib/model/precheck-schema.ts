import { z } from 'zod';
import { precheckKinds } from './precheck-settings';

export const MAX_PRECHECK_ITEMS = 1_000;
export const MAX_PRECHECK_TEXT = 100_000;

// Postgres refuses NUL and unpaired surrogates in text and jsonb (lib/reports/intake-schema.ts does
// the same): such a text is answered 400 naming its field rather than silently altered.
const storable = (s: string) => !s.includes('\u0000') && s.isWellFormed();

const str = (what: string, max: number, min = 1) => z
  .string({ error: (issue) => (issue.input === undefined ? `${what} is required` : `${what} must be a string`) })
  .min(min, `${what} must not be empty`)
  .max(max, `${what} must be at most ${max} characters`)
  .refine(storable, `${what} must be valid Unicode text without NUL characters`);

export const precheckItemInput = z.strictObject({
  id: str('id', 200).describe("The platform's id for this text; holding it for review is idempotent by this id."),
  kind: z.enum(precheckKinds, { error: `kind must be one of ${precheckKinds.join(', ')}` }),
  text: str('text', MAX_PRECHECK_TEXT, 0).describe('The text about to be published. An empty text is allowed (answered allow).'),
  authorAccountId: str('authorAccountId', 200),
  targetAccountId: str('targetAccountId', 200).optional().describe('The person the text is addressed to or about, when known.'),
});
export type PrecheckItem = z.output<typeof precheckItemInput>;

export const precheckInput = z.strictObject({
  items: z.array(precheckItemInput, { error: 'items must be an array of items' })
    .min(1, 'items must hold at least one item')
    .max(MAX_PRECHECK_ITEMS, `items may hold at most ${MAX_PRECHECK_ITEMS} items`),
});

export const precheckAnswer = z.object({
  id: z.string(),
  decision: z.enum(['allow', 'remind', 'hold', 'block']).describe('remind: show the "speak reasonably" notice before posting; hold: publish only after human review (a case was opened); block: refuse'),
  categoryId: z.string().nullable().describe('The most likely category when the text reads as a violation'),
  score: z.number().describe('Calibrated violation probability, 0–1'),
  reasons: z.array(z.string()).describe('Why: the features that weighed most, or no_model when no model is promoted'),
  modelVersion: z.string().nullable().describe('The model version that answered; null when none is promoted'),
  caseId: z.string().optional().describe('For hold: the case opened for review'),
});
export const precheckResult = z.object({ results: z.array(precheckAnswer), modelVersion: z.string().nullable() });
