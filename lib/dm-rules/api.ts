import { z } from 'zod';
import { defineRoute } from '@/lib/api/route';
import { checkDirectMessage } from './check';
import './text-checkers';

const accountId = z.string().trim().min(1).max(200);

export const dmCheckInput = z.object({
  sender: accountId.describe('The sending account'),
  recipient: accountId.describe('The receiving account'),
  text: z.string().max(20_000).optional().describe('The message text, for the pre-check where one is installed'),
  follows: z.boolean().default(false).describe('true when the recipient follows the sender: then the sender is no stranger'),
  at: z.iso.datetime({ offset: true }).optional().describe("When the message is sent (the platform's clock); default now"),
});

/**
 * POST /api/v1/dm-checks: may this private message go out now (notice II.2)? Answers allow, limit
 * (not now: a window is full, or the text is held for review) or deny, with the rule that decided.
 * An allowed stranger message is counted in its windows; nothing else is stored, nothing audited.
 */
export const checkDm = defineRoute({
  name: 'dm.check',
  input: dmCheckInput,
  run: ({ tx, input, now }) => checkDirectMessage(tx, input, now),
});
