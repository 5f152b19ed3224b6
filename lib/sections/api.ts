import { defineRoute } from '@/lib/api/route';
import { applySectionEvents } from './events';
import { eventsInput, sectionCheckInput } from './events-schema';
import { refusal, refusingRule, rulesInForce } from './rules-in-force';

/** POST /api/v1/sections/events: the platform's news about sections, a batch at a time, one result per event. */
export const receiveSectionEvents = defineRoute({
  name: 'section.events',
  input: eventsInput,
  async run({ tx, input, now, audit }) {
    return { results: await applySectionEvents(tx, input.events, now, audit) };
  },
});

/**
 * POST /api/v1/section-checks: asked by the platform before it creates a section. A read: nothing is
 * stored and nothing audited.
 */
export const checkSectionName = defineRoute({
  name: 'section.check',
  input: sectionCheckInput,
  async run({ tx, input, now }) {
    const rule = refusingRule(await rulesInForce(tx, now), input.kind, input.name, now);
    return rule ? refusal(rule) : { allowed: true };
  },
});
