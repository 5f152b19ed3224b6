import { sql, type SQL } from 'drizzle-orm';

/**
 * Audit rows that belong on an incident's timeline beyond its own: what staff did to the sections,
 * rooms, accounts and agencies tied to it. Each source is a condition on audit_log for one incident;
 * a capability that acts in incidents adds its own here, as it adds a measure source.
 */
export type TimelineSource = (incidentId: string) => SQL;

// Staff actions only: the platform's activity counts and the system's bookkeeping are noise here.
const sectionsOfIncident: TimelineSource = (id) => sql`(audit_log.actor_type = 'staff' and audit_log.target_type = 'section'
  and audit_log.target_id in (select s.id::text from sections s where s.incident_id = ${id}))`;

const sanctionsInIncident: TimelineSource = (id) => sql`(audit_log.target_type = 'sanction'
  and audit_log.action in ('sanction.apply', 'sanction.propose', 'sanction.approve', 'sanction.reject', 'sanction.end')
  and audit_log.target_id in (select x.id::text from sanctions x where x.incident_id = ${id}))`;

const agencyActionsInIncident: TimelineSource = (id) => sql`(audit_log.target_type = 'agency'
  and audit_log.action in ('agency.proposeAction', 'agency.approveAction', 'agency.rejectAction', 'agency.reverseAction')
  and audit_log.target_id in (select a.agency_id::text from agency_actions a where a.incident_id = ${id}))`;

export const timelineSources: TimelineSource[] = [sectionsOfIncident, sanctionsInIncident, agencyActionsInIncident];
