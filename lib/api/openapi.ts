import { z } from 'zod';
import { caseStatus } from '@/db/schema/reports';
import { batchInput, MAX_BATCH, reportInput } from '@/lib/reports/intake-schema';
import { registrationCheckInput } from '@/lib/registration/check-schema';
import { sectionPaths, sectionSchemas } from '@/lib/sections/openapi-paths';
import { stopSpreadPaths, stopSpreadSchemas } from '@/lib/comments/openapi-paths';
import { accountPaths, accountSchemas } from '@/lib/accounts/openapi-paths';
import { precheckPaths, precheckSchemas } from '@/lib/model/precheck-openapi';
import { earlyWarningPaths, earlyWarningSchemas } from '@/lib/alerts/openapi-paths';
import { protectionPaths, protectionSchemas } from '@/lib/protection/openapi-paths';
import { reportStatusPaths } from '@/lib/reports/status-api';
import { sectionStatusPaths } from '@/lib/sections/status-api';

// Response shapes, declared with zod only so that the document is generated rather than hand-kept.
const fieldError = z.object({ field: z.string().describe('Dotted path, e.g. subject.text'), message: z.string() });
const apiError = z.object({
  error: z.object({
    code: z.enum(['unauthorized', 'invalid_json', 'invalid_input', 'payload_too_large', 'unsupported_media_type', 'conflict', 'internal']),
    message: z.string(),
    requestId: z.string().describe('Quote it when asking about a failed request.'),
    errors: z.array(fieldError).optional().describe('Every bad field, for invalid_input.'),
    reportId: z.uuid().optional().describe('For a report whose externalId is stored with different content: the stored report'),
  }),
});
const accepted = {
  id: z.uuid().describe('The report id'),
  caseId: z.uuid().describe('The case the report joined: every report on one subject joins its undecided case'),
  status: z.enum(caseStatus.enumValues),
  priority: z.number().int().describe('Queue order, higher first: minors, then self-harm, then the risk score (lib/model/risk.ts; severity before one is computed) and distinct reporters'),
  dueAt: z.iso.datetime().describe('When the case must be handled: 1 hour after receipt if a minor is involved'),
};
const reportResult = z.object(accepted);
const batchResult = z.object({
  results: z.array(z.union([
    z.object({ index: z.number().int(), ok: z.literal(true), ...accepted, replayed: z.boolean().describe('true when the externalId was stored before') }),
    z.object({
      index: z.number().int(), ok: z.literal(false), errors: z.array(fieldError),
      conflict: z.literal(true).optional().describe('The externalId is stored with different content'),
      reportId: z.uuid().optional().describe('The stored report, when conflict is true'),
    }),
  ])),
});

function schema(type: z.ZodType, io: 'input' | 'output') {
  const { $schema: _ignored, ...rest } = z.toJSONSchema(type, { io, target: 'draft-2020-12', unrepresentable: 'any' });
  return rest;
}

const json = (ref: string) => ({ content: { 'application/json': { schema: { $ref: `#/components/schemas/${ref}` } } } });
const failures = {
  400: {
    description: 'Invalid JSON or UTF-8 (invalid_json) or invalid fields (invalid_input, naming each field): text with NUL or unpaired surrogates, '
      + 'numbers beyond the field\'s range', ...json('Error'),
  },
  401: { description: 'Missing, unknown or revoked API key', ...json('Error') },
  413: { description: 'Body larger than 16 MiB', ...json('Error') },
  415: { description: 'A body sent with a Content-Type other than application/json', ...json('Error') },
  500: { description: 'Unexpected error: nothing was stored; quote the requestId', ...json('Error') },
};

const registrationCheckSchema = schema(registrationCheckInput, 'input');
const registrationAnswer = z.union([z.object({ allowed: z.literal(true) }), z.object({ allowed: z.literal(false), until: z.iso.datetime().nullable() })]);
const registrationAnswerSchema = schema(z.union([registrationAnswer, z.object({ results: z.array(registrationAnswer) })]), 'output');

export function openApiDocument() {
  return {
    openapi: '3.1.0',
    info: {
      title: 'Bulwark platform API',
      version: '1.0.0',
      description: 'How the platform reports cyberviolence to Bulwark. Authenticate with `Authorization: Bearer <API key>`. '
        + 'Writes are idempotent by externalId: sending a report again returns its first result and stores nothing.',
    },
    servers: [{ url: '/api/v1' }],
    security: [{ apiKey: [] }],
    paths: {
      '/reports': {
        post: {
          operationId: 'receiveReport',
          summary: 'Report one piece of content, account, topic or group',
          requestBody: { required: true, ...json('Report') },
          responses: {
            201: { description: 'Stored: the report joined (or opened) a case', ...json('ReportResult') },
            200: { description: 'Replay: this externalId was stored before with the same content; nothing new was stored', ...json('ReportResult') },
            409: { description: 'This externalId is stored with different content (reportId names the stored report); nothing was stored', ...json('Error') },
            ...failures,
          },
        },
      },
      '/reports/batch': {
        post: {
          operationId: 'receiveReportBatch',
          summary: `Report up to ${MAX_BATCH} items at once; each valid item is stored, each invalid one answered with its errors`,
          requestBody: { required: true, ...json('ReportBatch') },
          responses: { 200: { description: 'One result per item, by index', ...json('ReportBatchResult') }, ...failures },
        },
      },
      '/incidents/authoritative': {
        get: {
          operationId: 'readAuthoritativeStatements',
          summary: 'The current official statements for a hot incident, to pin and push (notice III.4)',
          parameters: [
            { name: 'incident', in: 'query', schema: { type: 'string', format: 'uuid' }, description: 'An incident id' },
            { name: 'term', in: 'query', schema: { type: 'string', maxLength: 200 }, description: 'Any text (a hashtag, a name): incidents whose key terms or parties it names' },
            { name: 'section', in: 'query', schema: { type: 'string', maxLength: 200 }, description: 'A section id linked to an incident' },
          ],
          responses: {
            200: { description: 'Current statements, newest first (at least one of incident, term, section is required)', content: { 'application/json': { schema: { type: 'object', properties: { statements: { type: 'array', items: { type: 'object' } } } } } } },
            400: failures[400],
            401: failures[401],
            500: failures[500],
          },
        },
      },
      ...stopSpreadPaths(failures),
      ...sectionPaths(failures),
      ...accountPaths(failures),
      ...precheckPaths(failures),
      ...earlyWarningPaths(failures),
      ...protectionPaths(failures),
      ...reportStatusPaths(failures),
      ...sectionStatusPaths(failures),
      '/registration-checks': {
        post: {
          operationId: 'checkRegistration',
          summary: 'May this verified identity register a new account? (registration bans, notice IV.1(3))',
          description: 'Send `identity` for one answer or `identities` (up to 100) for one answer each, in order. The identity is hashed at once and never stored or logged; '
            + 'the answer carries no ids or reasons. At most 600 identities a minute per API key (429 beyond that).',
          requestBody: { required: true, content: { 'application/json': { schema: registrationCheckSchema } } },
          responses: {
            200: { description: '`{ allowed: true }`, or `{ allowed: false, until }` with until null for a permanent ban; for a batch, `{ results: [...] }`', content: { 'application/json': { schema: registrationAnswerSchema } } },
            400: failures[400],
            401: failures[401],
            429: { description: 'Too many identities checked this minute with this key', ...json('Error') },
            500: failures[500],
          },
        },
      },
      '/openapi.json': {
        get: { operationId: 'openApiDocument', summary: 'This document', security: [], responses: { 200: { description: 'OpenAPI 3.1 document' } } },
      },
    },
    components: {
      securitySchemes: { apiKey: { type: 'http', scheme: 'bearer', description: 'An API key created by an admin (npm run apikey -- create NAME)' } },
      schemas: {
        Report: schema(reportInput, 'input'),
        ReportBatch: { ...schema(batchInput, 'input'), properties: { reports: { type: 'array', minItems: 1, maxItems: MAX_BATCH, items: { $ref: '#/components/schemas/Report' } } } },
        ReportResult: schema(reportResult, 'output'),
        ReportBatchResult: schema(batchResult, 'output'),
        Error: schema(apiError, 'output'),
        ...sectionSchemas(schema),
        ...stopSpreadSchemas(schema),
        ...accountSchemas(schema),
        ...precheckSchemas(schema),
        ...earlyWarningSchemas(schema),
        ...protectionSchemas(schema),
      },
    },
  };
}

let cached: string | undefined;

/** GET /api/v1/openapi.json: public, so that integrators can read it before they hold a key. */
export async function serveOpenApiDocument(): Promise<Response> {
  cached ??= JSON.stringify(openApiDocument());
  return new Response(cached, { headers: { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'public, max-age=300' } });
}
