import { createHash } from 'node:crypto';
import fs from 'node:fs';
import { test, expect } from './fixtures';

// Uses the seeded prepared referral (scripts/seed/demo-referrals.ts) and changes none of its state:
// downloading and verifying are recorded in the audit log only.
test('a supervisor downloads the seeded referral bundle, its hash matches the record, and it verifies', async ({ asRole }) => {
  const page = await asRole('supervisor');
  await page.goto('/referrals');
  await expect(page.getByRole('heading', { level: 1, name: /referrals to the authorities|移送公安/i })).toBeVisible();
  const row = page.getByRole('row').filter({ hasText: '吃瓜第一线' });
  await row.getByRole('link', { name: /^(open|查看)$/i }).click();
  await page.waitForURL(/\/referrals\/[0-9a-f-]{36}$/);

  const recorded = (await page.locator('dd code').first().innerText()).trim();
  expect(recorded).toMatch(/^[0-9a-f]{64}$/);
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: /download bundle|下载证据包/i }).click()]);
  expect(download.suggestedFilename()).toMatch(/^referral-.*\.tar$/);
  const file = await download.path();
  expect(createHash('sha256').update(fs.readFileSync(file)).digest('hex')).toBe(recorded);

  await page.reload();
  await expect(page.getByRole('region', { name: /^(history|记录)$/i }).getByText(/^(bundle downloaded|下载证据包)$/i).first()).toBeVisible();

  await page.goto('/referrals');
  await page.getByLabel(/bundle file|证据包文件/i).setInputFiles({ name: 'bundle.tar', mimeType: 'application/x-tar', buffer: fs.readFileSync(file) });
  await page.getByRole('button', { name: /^(verify|核验)$/i }).click();
  await expect(page.getByText(/intact: every file matches the manifest, and the whole bundle|完好：所有文件与清单一致，整个证据包/i)).toBeVisible();

  const altered = Buffer.from(fs.readFileSync(file));
  altered[600] ^= 0x01; // inside the first file's content
  await page.getByLabel(/bundle file|证据包文件/i).setInputFiles({ name: 'altered.tar', mimeType: 'application/x-tar', buffer: altered });
  await page.getByRole('button', { name: /^(verify|核验)$/i }).click();
  await expect(page.getByText(/not intact|不完好/i)).toBeVisible();
  await expect(page.getByRole('cell', { name: /^(changed|已改动)$/i })).toBeVisible();
});

test('a moderator can neither see referrals nor download a bundle', async ({ asRole }) => {
  const supervisor = await asRole('supervisor');
  await supervisor.goto('/referrals');
  await supervisor.getByRole('row').filter({ hasText: '吃瓜第一线' }).getByRole('link', { name: /^(open|查看)$/i }).click();
  await supervisor.waitForURL(/\/referrals\/[0-9a-f-]{36}$/);
  const bundlePath = `${new URL(supervisor.url()).pathname}/bundle`;

  const moderator = await asRole('moderator');
  expect((await moderator.request.get(bundlePath)).status()).toBe(403);
  const page = await moderator.goto('/referrals');
  expect(page?.status()).toBe(403);
  // Signed out: sent to sign-in (the proxy), and the route itself answers 401 (integration-tested).
  const stranger = await supervisor.context().browser()!.newContext();
  const anonymous = await stranger.request.get(new URL(bundlePath, supervisor.url()).href, { maxRedirects: 0 });
  expect(anonymous.status()).not.toBe(200);
  expect(anonymous.headers()['content-type'] ?? '').not.toContain('tar');
  await stranger.close();
});

// Last in this file: it moves the seeded referral on (no other spec reads its status).
test('a supervisor records the referral as sent, then as acknowledged', async ({ asRole }) => {
  const page = await asRole('supervisor2');
  await page.goto('/referrals');
  await expect(page.getByRole('heading', { name: /registration bans in force|生效中的禁止注册/i })).toBeVisible();
  await page.getByRole('row').filter({ hasText: '吃瓜第一线' }).getByRole('link', { name: /^(open|查看)$/i }).click();
  await page.waitForURL(/\/referrals\/[0-9a-f-]{36}$/);

  await page.getByLabel(/authority it was sent to|接收机关/i).fill('Haidian public security cyber unit');
  await page.getByLabel(/their reference|对方文号/i).fill('HD-WA-2026-118');
  await page.getByRole('button', { name: /^(mark as sent|标记为已移送)$/i }).click();
  await expect(page.getByRole('heading', { level: 1 }).getByText(/^(sent|已移送)$/i)).toBeVisible();
  await expect(page.getByText('HD-WA-2026-118')).toBeVisible();

  await page.getByLabel(/case number they assigned|对方立案编号/i).fill('HD-2026-5521');
  await page.getByRole('button', { name: /^(mark as acknowledged|标记为已确认接收)$/i }).click();
  await expect(page.getByRole('heading', { level: 1 }).getByText(/^(acknowledged|已确认接收)$/i)).toBeVisible();
  await expect(page.getByRole('region', { name: /^(history|记录)$/i }).getByText(/^(marked as acknowledged|标记为已确认接收)$/i)).toBeVisible();
  await expect(page.getByRole('button', { name: /mark as/i })).toHaveCount(0);
});
