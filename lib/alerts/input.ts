import { z } from 'zod';
import { incidentRisk } from '@/db/schema/incidents';

export const alertRef = z.object({ alertId: z.uuid() });
export const dismissInput = alertRef.extend({ reason: z.string().trim().min(3, 'Say why (at least 3 characters)').max(1000) });
export const openIncidentInput = alertRef.extend({
  title: z.string().trim().min(1).max(200).optional(),
  risk: z.enum(incidentRisk.enumValues).default('high'),
});
export const linkIncidentInput = alertRef.extend({ incidentId: z.uuid() });

export const MAX_PAGE = 500;
export const alertsQuery = z.strictObject({
  since: z.iso.datetime({ offset: true, error: 'since must be an ISO 8601 date-time, e.g. 2026-03-01T08:00:00Z' }).optional()
    .describe('Alerts detected at or after this event time'),
  cursor: z.string().max(200).regex(/^[A-Za-z0-9_-]+$/, 'cursor must be a nextCursor from an earlier answer').optional(),
  limit: z.coerce.number({ error: 'limit must be a number' }).int().min(1).max(MAX_PAGE).default(100),
});
