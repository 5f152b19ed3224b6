import fs from 'node:fs';
import path from 'node:path';
import { randomUUID } from 'node:crypto';
import { expect, test } from './fixtures';

// The browser sits in New York; the organisation works in Asia/Shanghai (the default). A time typed
// into the console is the organisation's wall-clock time, whatever the browser's zone.
test.use({ timezoneId: 'America/New_York' });

const port = process.env.E2E_PORT ?? '3100';
const apiKey = () => fs.readFileSync(path.resolve('test-results', `e2e-api-key-${port}.txt`), 'utf8').trim();

test('a statement typed at 14:30 is stored as 14:30 in the organisation zone and shown so', async ({ asRole, request }) => {
  const admin = await asRole('admin');
  await admin.goto('/admin/organisation');
  const zone = admin.getByLabel('Time zone');
  await zone.fill('Mars/Olympus');
  await admin.getByRole('button', { name: 'Save time zone' }).click();
  await expect(admin.getByText('“Mars/Olympus” is not a time zone name this server knows')).toBeVisible();
  await zone.fill('Asia/Shanghai');
  await admin.getByRole('button', { name: 'Save time zone' }).click();
  await expect(admin.getByText('Saved: times are now read and shown in Asia/Shanghai.')).toBeVisible();

  const page = await asRole('supervisor');
  await page.goto('/incidents');
  const title = `Time zone check ${randomUUID().slice(0, 8)}`;
  await page.getByLabel('Title', { exact: true }).fill(title);
  await page.getByLabel('Key terms').fill(title);
  await page.getByRole('button', { name: 'Create incident' }).click();
  await expect(page).toHaveURL(/\/incidents\/[0-9a-f-]{36}$/);
  const incidentId = page.url().split('/').pop()!;

  // The zone is named next to the input.
  await expect(page.getByText('Time of the statement (Asia/Shanghai)')).toBeVisible();
  await page.getByLabel('Source').fill('City police');
  await page.getByLabel('Time of the statement').fill('2026-03-01T14:30');
  await page.getByLabel('Statement', { exact: true }).fill('The video is old.');
  await page.getByRole('button', { name: 'Publish statement' }).click();
  await expect(page.getByText('The video is old.')).toBeVisible();
  await expect(page.getByText(/Mar 1, 2026,? 2:30\sPM/)).toBeVisible();

  const res = await request.get(`/api/v1/incidents/authoritative?incident=${incidentId}`, { headers: { authorization: `Bearer ${apiKey()}` } });
  expect(res.status()).toBe(200);
  const { statements } = await res.json();
  expect(statements[0].statedAt).toBe('2026-03-01T06:30:00.000Z');
});
