import { z } from 'zod';
import { defineRoute } from '@/lib/api/route';
import { currentStatements } from './statements';

const query = z.object({
  incident: z.uuid().optional(),
  term: z.string().trim().min(1).max(200).optional(),
  section: z.string().trim().min(1).max(200).optional(),
}).refine((q) => q.incident || q.term || q.section, { message: 'Give incident, term or section.', path: ['incident'] });

/** GET /api/v1/incidents/authoritative: the current statements to pin and push, newest first. */
export const readAuthoritative = defineRoute({
  name: 'incident.authoritative',
  input: query,
  async run({ tx, input }) {
    return { statements: await currentStatements(tx, input) };
  },
});
