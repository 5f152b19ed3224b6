'use server';

import { eq, inArray } from 'drizzle-orm';
import { z } from 'zod';
import type { Tx } from '@/db/client';
import { alerts, accounts, earlyWarningSettings, incidents, type Alert, type AlertStatus, type Staff } from '@/db/schema';
import { defineAction } from '@/lib/actions/define-action';
import { DomainError } from '@/lib/actions/result';
import type { AuditInput } from '@/lib/audit/write';
import { createIncident } from '@/lib/incidents/actions';
import { createIncidentInput, guessLanguage } from '@/lib/incidents/input';
import { detectorSettingsInput } from '@/lib/signals/settings';
import { previewSettings } from '@/lib/signals/preview';
import { alertRef, dismissInput, linkIncidentInput, openIncidentInput } from './input';
import { loadAlertBoard, topTerms } from './queries';
import { personKinds } from './raise';

async function lockAlert(tx: Tx, alertId: string, from: AlertStatus[]): Promise<Alert> {
  const [row] = await tx.select().from(alerts).where(eq(alerts.id, alertId)).for('update');
  if (!row) throw new DomainError('not_found', 'There is no such alert.');
  if (!from.includes(row.status)) throw new DomainError('conflict', `This alert is already ${row.status}.`);
  return row;
}

async function settle(tx: Tx, row: Alert, staff: Staff, set: Partial<Alert>, audit: (e: AuditInput) => void, action: string) {
  const [after] = await tx.update(alerts).set({ ...set, actedBy: staff.id, actedAt: new Date() }).where(eq(alerts.id, row.id)).returning();
  audit({ action, targetType: 'alert', targetId: row.id, before: { status: row.status }, after: { status: after.status, incidentId: after.incidentId, reason: after.dismissReason } });
  return after;
}

/** The alert board, for the page's live refresh. */
export const listAlerts = defineAction({
  name: 'alert.list',
  permission: 'alert.view',
  input: z.object({}),
  async run({ tx, audit }) {
    audit({ action: 'alert.list', targetType: 'alert' });
    return loadAlertBoard(tx);
  },
});

export const acknowledgeAlert = defineAction({
  name: 'alert.acknowledge',
  permission: 'alert.act',
  input: alertRef,
  async run({ tx, input, staff, audit }) {
    const row = await lockAlert(tx, input.alertId, ['open']);
    return { status: (await settle(tx, row, staff, { status: 'acknowledged' }, audit, 'alert.acknowledge')).status };
  },
});

export const dismissAlert = defineAction({
  name: 'alert.dismiss',
  permission: 'alert.act',
  input: dismissInput,
  async run({ tx, input, staff, audit }) {
    const row = await lockAlert(tx, input.alertId, ['open', 'acknowledged']);
    return { status: (await settle(tx, row, staff, { status: 'dismissed', dismissReason: input.reason }, audit, 'alert.dismiss')).status };
  },
});

export const linkAlertToIncident = defineAction({
  name: 'alert.linkIncident',
  permission: 'alert.act',
  input: linkIncidentInput,
  async run({ tx, input, staff, audit }) {
    const row = await lockAlert(tx, input.alertId, ['open', 'acknowledged']);
    const [incident] = await tx.select({ id: incidents.id }).from(incidents).where(eq(incidents.id, input.incidentId));
    if (!incident) throw new DomainError('not_found', 'There is no such incident.');
    await settle(tx, row, staff, { status: 'linked', incidentId: incident.id }, audit, 'alert.linkIncident');
    return { incidentId: incident.id };
  },
});

/**
 * Opens a hot incident from an alert, through the incidents capability's own creation: the person the
 * surge is about as the targeted party (with the minor flag), the search terms that rose most as key
 * terms; the alert is then linked to it. Moderators may do this from an alert (alert.act): a surge
 * against a person must not wait for a supervisor to be opened.
 */
export const openIncidentFromAlert = defineAction({
  name: 'alert.openIncident',
  permission: 'alert.act',
  input: openIncidentInput,
  async run(ctx) {
    const { tx, input, staff, audit } = ctx;
    const row = await lockAlert(tx, input.alertId, ['open', 'acknowledged']);
    const person = personKinds.has(row.kind)
      ? (await tx.select().from(accounts).where(inArray(accounts.id, [row.key])))[0] ?? { id: row.key, handle: '', displayName: '', isMinor: row.minor }
      : null;
    const terms = await topTerms(tx, row);
    const title = input.title ?? `Surge: ${row.kind} ${person?.handle || person?.displayName || row.key}`.slice(0, 200);
    const incidentInput = createIncidentInput.parse({
      title, risk: input.risk, status: 'active',
      summary: `Opened from early-warning alert ${row.id}: ${row.kind} on "${row.key}" from ${row.beganAt.toISOString()}, detected ${row.detectedAt.toISOString()}, peak ${row.peakRate}/min against a baseline of ${row.baseline.toFixed(2)}/min.`,
      parties: person ? [{ accountId: person.id, handle: person.handle, displayName: person.displayName, role: 'targeted_person', isMinor: row.minor || person.isMinor }] : [],
      terms: terms.map((term) => ({ term: term.slice(0, 100), language: guessLanguage(term) })),
    });
    const { id } = await createIncident.definition.run({ ...ctx, input: incidentInput });
    await settle(tx, row, staff, { status: 'linked', incidentId: id }, audit, 'alert.openIncident');
    return { incidentId: id };
  },
});

export const saveDetectorSettings = defineAction({
  name: 'alert.saveSettings',
  permission: 'alert.settings',
  input: detectorSettingsInput,
  async run({ tx, input, staff, audit }) {
    const [before] = await tx.select().from(earlyWarningSettings).where(eq(earlyWarningSettings.id, 1));
    await tx.insert(earlyWarningSettings).values({ id: 1, settings: input, updatedBy: staff.id })
      .onConflictDoUpdate({ target: earlyWarningSettings.id, set: { settings: input, updatedBy: staff.id, updatedAt: new Date() } });
    audit({ action: 'alert.saveSettings', targetType: 'early_warning_settings', targetId: '1', before: before?.settings ?? null, after: input });
    return { saved: true };
  },
});

/** How many alerts a candidate setting would have raised over the stored history (nothing is stored). */
export const previewDetectorSettings = defineAction({
  name: 'alert.previewSettings',
  permission: 'alert.settings',
  input: detectorSettingsInput,
  async run({ tx, input, audit }) {
    audit({ action: 'alert.previewSettings', targetType: 'early_warning_settings', after: input });
    return previewSettings(tx, input);
  },
});

