import { eq } from 'drizzle-orm';
import { webhookEndpoints } from '@/db/schema';
import type { Fixtures } from './types';

export const fixtures: Fixtures = {
  actions: {
    'webhook.set': async () => ({ url: 'https://platform.example/hooks/bulwark' }),
    // Its own active endpoint for each call, so one role's disable never leaves the next nothing to disable.
    'webhook.disable': async ({ db }) => {
      await db.update(webhookEndpoints).set({ active: false }).where(eq(webhookEndpoints.active, true));
      const [row] = await db.insert(webhookEndpoints).values({ url: 'https://platform.example/authz', secret: 'whsec_authz' }).returning();
      return { id: row.id };
    },
    'webhook.ping': async () => ({}),
    'webhook.retryNow': async () => ({}),
  },
};
