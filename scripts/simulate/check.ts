import type { ApiClient, Features } from '@/lib/api-client';
import type { Expectation, Scenario } from './model';

export const MINOR_PRIORITY = 1_000_000_000;
const HOUR_MS = 3_600_000;

export type CheckResult = { says: string; stage: Expectation['stage']; status: 'pass' | 'fail' | 'skipped'; detail: string };
export type CheckOptions = {
  /** 'played' checks what the traffic alone makes; 'staff' also what staff should have done (Scenario.todo). */
  stage: 'played' | 'staff';
  /** How long to wait for an alert from the early-warning detector (it runs on its own schedule). */
  alertWaitMs?: number;
};

const chunks = <T>(xs: T[], n: number) => Array.from({ length: Math.ceil(xs.length / n) }, (_, i) => xs.slice(i * n, i * n + n));

async function reportStatus(client: ApiClient, ids: string[]) {
  const out = [];
  for (const part of chunks(ids, 100)) {
    const r = await client.readReportStatus(part);
    if (!r.ok) throw new Error(`GET /reports/status answered ${r.status} ${r.error.code}: ${r.error.message}`);
    out.push(...r.data.reports);
  }
  return out;
}

async function sectionStatus(client: ApiClient, ids: string[]) {
  const out = [];
  for (const part of chunks(ids, 100)) {
    const r = await client.readSectionStatus(part);
    if (!r.ok) throw new Error(`GET /sections/status answered ${r.status} ${r.error.code}: ${r.error.message}`);
    out.push(...r.data.sections);
  }
  return out;
}

async function verify(client: ApiClient, scenario: Scenario, e: Expectation, features: Features, opts: CheckOptions): Promise<Omit<CheckResult, 'says' | 'stage'>> {
  switch (e.kind) {
    case 'reports-queued':
    case 'no-minors': {
      if (!features.reportStatus) return { status: 'fail', detail: 'this console has no GET /api/v1/reports/status to read the queue through' };
      const rows = await reportStatus(client, e.externalIds);
      const missing = rows.filter((r) => !r.found).map((r) => r.externalId);
      if (missing.length) return { status: 'fail', detail: `${missing.length} of ${rows.length} reports not in the console: ${missing.slice(0, 5).join(', ')}` };
      const found = rows.flatMap((r) => (r.found ? [r] : []));
      if (e.kind === 'no-minors') {
        const minors = found.filter((r) => r.involvesMinor);
        return minors.length ? { status: 'fail', detail: `${minors.length} involve a minor` } : { status: 'pass', detail: `${found.length} reports, none involving a minor` };
      }
      const minorSet = new Set(e.minorIds);
      const minors = found.filter((r) => minorSet.has(r.externalId));
      const others = found.filter((r) => !minorSet.has(r.externalId));
      const notFlagged = minors.filter((r) => !r.involvesMinor || r.priority < MINOR_PRIORITY);
      if (notFlagged.length) return { status: 'fail', detail: `${notFlagged.length} minors' reports are not at minor priority: ${notFlagged.map((r) => `${r.externalId} (${r.priority})`).join(', ')}` };
      const late = minors.filter((r) => new Date(r.dueAt).getTime() - new Date(r.receivedAt).getTime() > HOUR_MS);
      if (late.length) return { status: 'fail', detail: `${late.length} minors' reports are due later than an hour after receipt` };
      const wronglyMinor = others.filter((r) => r.involvesMinor);
      if (wronglyMinor.length) return { status: 'fail', detail: `${wronglyMinor.length} reports involving no minor are marked as involving one` };
      const lowestMinor = Math.min(...minors.map((r) => r.priority));
      const ahead = others.filter((r) => r.status !== 'decided' && minors.length && r.priority >= lowestMinor);
      if (ahead.length) return { status: 'fail', detail: `${ahead.length} reports not involving a minor sort at or above a minor's` };
      const decided = found.filter((r) => r.status === 'decided').length;
      return { status: 'pass', detail: `${found.length} reports in ${new Set(found.map((r) => r.caseId)).size} cases (${decided} decided); ${minors.length} minors' first (priority ≥ ${MINOR_PRIORITY}), due within the hour` };
    }
    case 'sections': {
      if (!features.sectionStatus) return { status: 'fail', detail: 'this console has no GET /api/v1/sections/status' };
      const rows = await sectionStatus(client, e.externalIds);
      const missing = rows.filter((r) => !r.found).map((r) => r.externalId);
      if (missing.length) return { status: 'fail', detail: `not in the console: ${missing.join(', ')}` };
      const found = rows.flatMap((r) => (r.found ? [r] : []));
      const wrong = e.status ? found.filter((r) => r.status !== e.status) : [];
      if (wrong.length) return { status: 'fail', detail: wrong.map((r) => `${r.name} is ${r.status}, expected ${e.status}`).join('; ') };
      return { status: 'pass', detail: found.map((r) => `${r.name} (${r.kind}, ${r.status}, ${r.heatPerHour}/h)`).join('; ') };
    }
    case 'alert': {
      if (!features[e.needs]) return { status: 'skipped', detail: 'this console has no early-warning alerts (GET /api/v1/alerts): not checked' };
      const since = new Date(scenario.start - 6 * HOUR_MS).toISOString();
      const deadline = Date.now() + (opts.alertWaitMs ?? 60_000);
      for (;;) {
        const keys = new Set(e.keys);
        let cursor: string | undefined;
        for (let page = 0; page < 20; page++) {
          const r = await client.listAlerts({ since, ...(cursor ? { cursor } : {}) });
          if (!r.ok) return { status: 'fail', detail: `GET /alerts answered ${r.status} ${r.error.code}: ${r.error.message}` };
          const hit = r.data.alerts.find((a) => keys.has(a.key));
          if (hit) return { status: 'pass', detail: `${hit.kind} alert on ${hit.key}, detected ${hit.detectedAt} (peak ${hit.peakRate}/min against ${hit.baseline})` };
          if (!r.data.nextCursor) break;
          cursor = r.data.nextCursor;
        }
        if (Date.now() > deadline) return { status: 'fail', detail: `no alert on ${e.keys.join(', ')} after waiting ${Math.round((opts.alertWaitMs ?? 60_000) / 1000)} s` };
        await new Promise((r) => setTimeout(r, 3000));
      }
    }
    case 'statement': {
      const r = await client.readAuthoritativeStatements({ term: e.term });
      if (!r.ok) return { status: 'fail', detail: `GET /incidents/authoritative answered ${r.status} ${r.error.code}` };
      return r.data.statements.length ? { status: 'pass', detail: `${r.data.statements.length} statements, newest: ${r.data.statements[0].text.slice(0, 60)}` } : { status: 'fail', detail: 'no authoritative statement yet' };
    }
  }
}

/** Checks what the scenario says the console should show, through the API only. */
export async function checkScenario(client: ApiClient, scenario: Scenario, features: Features, opts: CheckOptions): Promise<CheckResult[]> {
  const results: CheckResult[] = [];
  for (const e of scenario.expectations) {
    if (e.stage === 'staff' && opts.stage !== 'staff') continue;
    try {
      results.push({ says: e.says, stage: e.stage, ...(await verify(client, scenario, e, features, opts)) });
    } catch (error) {
      results.push({ says: e.says, stage: e.stage, status: 'fail', detail: (error as Error).message });
    }
  }
  return results;
}

export const checksPassed = (results: CheckResult[]) => results.every((r) => r.status !== 'fail');
