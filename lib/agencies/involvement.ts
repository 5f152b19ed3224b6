import { sql, type SQL } from 'drizzle-orm';

/**
 * Which accounts took part in which incidents, as (account_id, incident_id) rows: a party to the
 * incident, the subject of a case linked to it, or an account linked to it directly. This is how an
 * agency's accounts are said to have hyped an incident (notice IV.2).
 */
export const involvement: SQL = sql`(
  select account_id, incident_id from incident_parties
  union select c.subject_account_id, ic.incident_id from incident_cases ic join cases c on c.id = ic.case_id
  union select ref, incident_id from incident_links where kind = 'account'
)`;

/** The agency's member accounts, current (accounts.agency_id) and past (agency_memberships). */
export const membersOf = (agencyId: SQL | string): SQL => sql`(
  select id as account_id from accounts where agency_id = ${agencyId}::uuid
  union select account_id from agency_memberships where agency_id = ${agencyId}::uuid
)`;
