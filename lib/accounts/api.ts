import { defineRoute } from '@/lib/api/route';
import { applyAccountEvents } from './events';
import { accountEventsInput } from './events-schema';

/** POST /api/v1/accounts/events: the platform's account events, applied in order, each once. */
export const receiveAccountEvents = defineRoute({
  name: 'account.events',
  input: accountEventsInput,
  async run({ tx, input, audit, now }) {
    const results = await applyAccountEvents(tx, input.events, now);
    const applied = input.events.filter((_, i) => !results[i].replayed);
    // Ids and types only: an event's payload can hold the verified identity, which is never kept.
    if (applied.length) {
      audit({ action: 'account.events', targetType: 'account', targetId: applied.length === 1 ? applied[0].accountId : null,
        after: { events: applied.map((e) => ({ eventId: e.eventId, type: e.type, accountId: e.accountId })) } });
    }
    return { results };
  },
});
