import type { z } from 'zod';
import { MAX_PRECHECK_ITEMS, MAX_PRECHECK_TEXT, precheckInput, precheckResult } from './precheck-schema';

type SchemaOf = (type: z.ZodType, io: 'input' | 'output') => object;
type Failures = Record<400 | 401 | 413 | 500, object>;
const ref = (name: string) => ({ content: { 'application/json': { schema: { $ref: `#/components/schemas/${name}` } } } });

/** POST /precheck (notice IV.1(1), II.2) for lib/api/openapi.ts. */
export function precheckPaths(failures: Failures) {
  return {
    '/precheck': {
      post: {
        operationId: 'precheck',
        summary: `Check up to ${MAX_PRECHECK_ITEMS} texts before they are published (posts, comments, private messages, bullet comments, video titles, profiles)`,
        description: 'Each item is scored by the promoted recognition model and answered `allow`, `remind` (show the author the "speak reasonably" notice first), '
          + '`hold` (publish only after human review: a case is opened with the model\'s score in its evidence, once per item id) or `block` (the clearest violations only). '
          + 'Thresholds per category and per kind are admin settings versioned with the standards. Every answer names the model version that decided it; '
          + 'with no promoted model every item is answered `allow` with reason `no_model`. '
          + `Texts may be empty or up to ${MAX_PRECHECK_TEXT.toLocaleString('en')} characters; a text with a NUL character or an unpaired surrogate is refused (400, naming the field, e.g. items.3.text). `
          + 'Only the score, category, kind and time of each check are kept, never the text (except for held items, which become cases).',
        requestBody: { required: true, ...ref('Precheck') },
        responses: { 200: { description: 'One answer per item, in order', ...ref('PrecheckResult') }, ...failures },
      },
    },
  };
}

export function precheckSchemas(schema: SchemaOf) {
  return { Precheck: schema(precheckInput, 'input'), PrecheckResult: schema(precheckResult, 'output') };
}
