import fs from 'node:fs';
import path from 'node:path';
import { randomUUID } from 'node:crypto';
import { expect, test } from '@playwright/test';
import { explainPriority } from '../lib/reports/priority';

// scripts/e2e-server.ts creates a platform API key after seeding and leaves it here for the specs.
const port = process.env.E2E_PORT ?? '3100';
const apiKey = () => fs.readFileSync(path.resolve('test-results', `e2e-api-key-${port}.txt`), 'utf8').trim();

function report(overrides: Record<string, unknown> = {}) {
  const id = randomUUID();
  return {
    externalId: `e2e-${id}`,
    channel: 'comment',
    category: 'insult',
    reporter: { accountId: `e2e-reporter-${id}` },
    subject: { contentId: `e2e-content-${id}`, accountId: 'e2e-troll', text: '你就是个废物 — you are worthless', context: ['earlier reply'], createdAt: new Date().toISOString() },
    target: { accountId: 'e2e-victim', isMinor: false },
    ...overrides,
  };
}

test.describe('platform API: report intake over HTTP', () => {
  test('stores a report once and replays it', async ({ request }) => {
    const headers = { authorization: `Bearer ${apiKey()}` };
    const item = report({ target: { accountId: 'e2e-child', isMinor: true } });
    const created = await request.post('/api/v1/reports', { headers, data: item });
    expect(created.status()).toBe(201);
    const body = await created.json();
    expect(body).toMatchObject({ id: expect.any(String), caseId: expect.any(String), status: 'open' });
    // A minor is involved: due within the hour.
    expect(new Date(body.dueAt).getTime() - Date.now()).toBeLessThanOrEqual(60 * 60_000);

    const replay = await request.post('/api/v1/reports', { headers, data: item });
    expect(replay.status()).toBe(200);
    expect(await replay.json()).toEqual(body);
  });

  test('stores the valid items of a batch and names the bad fields of the others', async ({ request }) => {
    const contentId = `e2e-shared-${randomUUID()}`;
    const onShared = (reporter: string) => report({ reporter: { accountId: reporter }, subject: { ...report().subject, contentId } });
    const res = await request.post('/api/v1/reports/batch', {
      headers: { authorization: `Bearer ${apiKey()}` },
      data: { reports: [onShared('a'), { ...report(), channel: 'fax' }, onShared('b')] },
    });
    expect(res.status()).toBe(200);
    const { results } = await res.json();
    expect(results[0]).toMatchObject({ index: 0, ok: true, replayed: false });
    expect(results[1]).toEqual({ index: 1, ok: false, errors: [{ field: 'channel', message: expect.any(String) }] });
    expect(results[2]).toMatchObject({ index: 2, ok: true, caseId: results[0].caseId });
    // Both joined one case, which counts two distinct reporters.
    expect(results[2].priority).toBe(results[0].priority);
    expect(explainPriority(results[2].priority).distinctReporters).toBe(2);
  });

  test('refuses a missing or wrong key with 401 JSON, and invalid JSON with 400', async ({ request }) => {
    const missing = await request.post('/api/v1/reports', { data: report() });
    expect(missing.status()).toBe(401);
    expect((await missing.json()).error.code).toBe('unauthorized');
    const wrong = await request.post('/api/v1/reports', { headers: { authorization: 'Bearer bwk_wrong' }, data: report() });
    expect(wrong.status()).toBe(401);
    const broken = await request.post('/api/v1/reports', {
      // A Buffer goes out byte for byte; Playwright would JSON-encode a string sent as application/json.
      headers: { authorization: `Bearer ${apiKey()}`, 'content-type': 'application/json' }, data: Buffer.from('{"externalId":'),
    });
    expect(broken.status()).toBe(400);
    expect((await broken.json()).error.code).toBe('invalid_json');
  });

  test('serves the OpenAPI document without a key', async ({ request }) => {
    const res = await request.get('/api/v1/openapi.json');
    expect(res.status()).toBe(200);
    expect((await res.json()).openapi).toBe('3.1.0');
  });
});
