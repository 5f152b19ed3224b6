import { z } from 'zod';
import { dmCheckInput } from '@/lib/dm-rules/api';
import { protectionChannels } from './channels';

type SchemaOf = (type: z.ZodType, io: 'input' | 'output') => object;
type Failures = Record<400 | 401 | 413 | 500, object>;

const ref = (name: string) => ({ content: { 'application/json': { schema: { $ref: `#/components/schemas/${name}` } } } });

const protectionAnswer = z.object({
  at: z.iso.datetime().describe('The time the answer is for'),
  accounts: z.array(z.object({
    accountId: z.string(),
    protected: z.boolean(),
    closed: z.array(z.enum(protectionChannels)).describe('Channels closed to strangers (anyone the account does not follow) now'),
    until: z.iso.datetime().nullable().describe('When it ends by itself; null while protected means until the account switches it off'),
    setBy: z.enum(['account', 'staff']).nullable(),
    since: z.iso.datetime().nullable(),
    dmPreference: z.enum(['everyone', 'following', 'nobody']).describe("The account's own private-message setting"),
  })),
});

const dmRule = z.enum(['recipient_preference', 'recipient_protection', 'text_precheck', 'sender_window', 'recipient_window', 'new_account', 'minor_recipient', 'within_limits', 'not_a_stranger']);
const dmAnswer = z.object({
  decision: z.enum(['allow', 'limit', 'deny']).describe('allow: deliver; limit: not now (a window is full, or the text is held for review); deny: not at all'),
  rule: dmRule.describe('The rule that decided'),
  textChecked: z.boolean().describe('false when no text was sent or no pre-check is installed: the text was not judged'),
  text: z.object({ verdict: z.string(), categoryId: z.string().nullable(), score: z.number().nullable() }).optional(),
  retryAfter: z.iso.datetime().optional().describe('For a full window: when it opens again'),
  window: z.object({ scope: z.enum(['sender', 'recipient']), limit: z.number().int(), windowMinutes: z.number().int(), count: z.number().int() }).optional(),
  rulesVersion: z.number().int().describe('The version of the admin-set limits used'),
});

/** One-key protection and private-message checks (notice II.1, II.2) for lib/api/openapi.ts. */
export function protectionPaths(failures: Failures) {
  return {
    '/accounts/protection': {
      get: {
        operationId: 'readAccountProtection',
        summary: 'What to close to strangers now for up to 100 accounts (one-key protection), and who may send each a private message',
        description: 'Protection is set by the account (account events `protection_set`, `protection_cleared`), by staff for a person under attack, or after staff prompt the person. '
          + 'Every change is also sent as a `protection.changed` message (and a prompt as `protection.prompted`); a protection whose `until` has passed is answered as over.',
        parameters: [{ name: 'accounts', in: 'query', required: true, schema: { type: 'string' }, description: 'Account ids, comma-separated (up to 100)' }],
        responses: { 200: { description: 'One entry per account, in the order asked', ...ref('ProtectionAnswer') }, 400: failures[400], 401: failures[401], 500: failures[500] },
      },
    },
    '/dm-checks': {
      post: {
        operationId: 'checkPrivateMessage',
        summary: 'May this private message be delivered now? allow, limit or deny, with the rule that decided',
        description: 'Checked in order: the recipient\'s own setting (everyone, following, nobody), the recipient\'s protection (stranger_dm), the text pre-check (where installed), '
          + 'then the stranger-message windows set on /admin/dm-rules: per recipient (stricter for minors) and per sender (stricter for new accounts). '
          + 'A message from someone the recipient follows (`follows: true`) is not a stranger\'s and is not counted. An allowed stranger message counts in its windows; '
          + 'counting is atomic, so parallel checks never pass more than the limit.',
        requestBody: { required: true, ...ref('DmCheck') },
        responses: { 200: { description: 'The decision', ...ref('DmCheckAnswer') }, ...failures },
      },
    },
  };
}

export function protectionSchemas(schema: SchemaOf) {
  return { ProtectionAnswer: schema(protectionAnswer, 'output'), DmCheck: schema(dmCheckInput, 'input'), DmCheckAnswer: schema(dmAnswer, 'output') };
}
