import { sql } from 'drizzle-orm';
import type { Tx } from '@/db/client';
import { queryRows } from '@/db/query';
import { outbox, type Alert } from '@/db/schema';
import { writeAudit, type Actor } from '@/lib/audit/write';
import type { KeyAlarm } from '@/lib/signals/run-detector';
import { dateOfMinute } from '@/lib/signals/detector';

const detector: Actor = { type: 'system', id: null, label: 'surge detector' };
/** Kinds whose key is an account: the alert says whether that person is a minor. */
export const personKinds = new Set(['stranger_dm', 'mention', 'comment_on', 'report']);

/** The platform's view of an alert (alert.raised and GET /api/v1/alerts). */
export function alertBody(a: Pick<Alert, 'id' | 'kind' | 'key' | 'beganAt' | 'detectedAt' | 'peakRate' | 'baseline' | 'minor' | 'status'>) {
  return {
    id: a.id, kind: a.kind, key: a.key, beganAt: new Date(a.beganAt).toISOString(), detectedAt: new Date(a.detectedAt).toISOString(),
    peakRate: Number(a.peakRate), baseline: round(Number(a.baseline)), minor: a.minor, status: a.status,
  };
}
const round = (n: number) => Math.round(n * 1000) / 1000;

/**
 * Stores the detector's alarms as alerts, one per kind, key and surge (a second worker or a replay
 * raising the same surge adds nothing), with the minor flag from the accounts table; the platform is
 * told of each new one (alert.raised) in the same transaction.
 */
export async function raiseAlerts(tx: Tx, alarms: KeyAlarm[]): Promise<number> {
  const p = <T>(f: (a: KeyAlarm) => T) => sql.param(alarms.map(f));
  const rows = await queryRows<Alert>(tx, sql`
    insert into alerts (kind, key, began_at, detected_at, began_minute, peak_rate, baseline, lift, minor)
    select u.kind, u.key, to_timestamp(u.began * 60), to_timestamp((u.detected + 1) * 60), u.began, u.peak, u.baseline, u.rate / greatest(u.baseline, 1e-9),
      coalesce(u.kind in ('stranger_dm', 'mention', 'comment_on', 'report') and a.is_minor, false)
    from unnest(${p((a) => a.kind)}::text[], ${p((a) => a.key)}::text[], ${p((a) => a.beganMinute)}::int[], ${p((a) => a.detectedMinute)}::int[],
      ${p((a) => a.peakRate)}::float8[], ${p((a) => a.baseline)}::float8[], ${p((a) => a.rate)}::float8[]) as u(kind, key, began, detected, peak, baseline, rate)
    left join accounts a on a.id = u.key
    on conflict (kind, key, began_minute) do nothing
    returning id, kind, key, began_at as "beganAt", detected_at as "detectedAt", peak_rate as "peakRate", baseline, minor, status`);
  if (!rows.length) return 0;
  await tx.insert(outbox).values(rows.map((a) => ({ topic: 'alert.raised', key: a.key, payload: alertBody(a) })));
  await writeAudit(tx, detector, `detector-${dateOfMinute(alarms[0].detectedMinute).toISOString()}`, rows.map((a) => ({
    action: 'alert.raise', targetType: 'alert', targetId: a.id, after: alertBody(a),
  })));
  return rows.length;
}
