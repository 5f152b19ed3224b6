import fs from 'node:fs';
import path from 'node:path';
import { randomUUID } from 'node:crypto';
import type { APIRequestContext } from '@playwright/test';

/** Files a report through the platform API on its own new content; returns the case it opened. */
export async function fileReport(request: APIRequestContext, o: { reporter?: string; category?: string; subject?: string } = {}) {
  const key = fs.readFileSync(path.resolve('test-results', `e2e-api-key-${process.env.E2E_PORT ?? '3100'}.txt`), 'utf8').trim();
  const id = randomUUID();
  const created = await request.post('/api/v1/reports', {
    headers: { authorization: `Bearer ${key}`, 'content-type': 'application/json' },
    data: {
      externalId: `e2e-${id}`, channel: 'comment', category: o.category ?? 'insult',
      reporter: { accountId: o.reporter ?? `e2e-reporter-${id}`, isMinor: false },
      target: { accountId: `e2e-target-${id.slice(0, 8)}`, isMinor: false },
      subject: { contentId: `e2e-content-${id}`, accountId: o.subject ?? `e2e-poster-${id.slice(0, 8)}`, text: `you are trash ${id.slice(0, 8)}`, context: [], createdAt: new Date().toISOString() },
    },
  });
  if (created.status() !== 201) throw new Error(`intake answered ${created.status()}: ${await created.text()}`);
  return (await created.json()) as { caseId: string; priority: number };
}
