import fs from 'node:fs';
import path from 'node:path';
import { createHash, randomUUID } from 'node:crypto';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { mediaPolicy } from '../lib/security/headers';

// The media itself (issue 13): evidence media shown through the console's own proxy, blurred as the
// reviewer's wellness preference and the category say, revealed per item by keyboard; a file that no
// longer matches its recorded hash is refused in place. The demo media source serves the pictures.
const port = process.env.E2E_PORT ?? '3100';
const apiKey = () => fs.readFileSync(path.resolve('test-results', `e2e-api-key-${port}.txt`), 'utf8').trim();
const demoFile = (name: string) => fs.readFileSync(path.resolve('lib/demo/media', name));
const sha = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');
const DEMO_HOST = 'demo-media.bulwark.invalid';

async function fileReport(page: Page, o: { category: string; channel: string; media: unknown[] }): Promise<string> {
  const id = randomUUID();
  const res = await page.request.post('/api/v1/reports', {
    headers: { authorization: `Bearer ${apiKey()}`, 'content-type': 'application/json' },
    data: {
      externalId: `e2e-media-${id}`, channel: o.channel, category: o.category, reporter: { accountId: `e2e-media-reporter-${id}` },
      subject: { contentId: `e2e-media-${id}`, accountId: 'e2e-media-poster', text: 'look at what they posted', createdAt: new Date().toISOString(), media: o.media },
      target: { accountId: 'e2e-media-victim', isMinor: false },
    },
  });
  expect(res.status()).toBe(201);
  return (await res.json()).caseId;
}

const snapshot = () => ({ kind: 'snapshot', url: `https://${DEMO_HOST}/live-snapshot.png`, sha256: sha(demoFile('live-snapshot.png')), mimeType: 'image/png' });
const screenshot = () => ({ kind: 'image', url: `https://${DEMO_HOST}/post-screenshot.png`, sha256: sha(demoFile('post-screenshot.png')) });

async function setPreference(page: Page, label: RegExp) {
  await page.goto('/preferences');
  await page.getByRole('radio', { name: label }).check();
  await page.getByRole('button', { name: 'Save' }).click();
  await expect(page.getByText(/^Saved\./)).toBeVisible();
}

test.describe('evidence media', () => {
  test('a self-harm live room snapshot is blurred, revealed by keyboard, served by the proxy; a changed file is refused in place', async ({ asRole }) => {
    const page = await asRole('mediaModerator');
    const caseId = await fileReport(page, { category: 'self_harm', channel: 'livestream', media: [snapshot(), { ...snapshot(), sha256: 'f'.repeat(64) }] });
    await page.goto(`/cases/${caseId}`);
    const gallery = page.getByTestId('media-gallery');
    const item = gallery.getByTestId('media-item').first();
    await expect(item).toHaveAttribute('data-covered', 'true');
    await expect(item).toHaveAttribute('data-kind', 'snapshot');
    await expect(item.getByText('Sensitive media (self-harm or violence): hidden until you choose to look')).toBeVisible();

    // The browser only knows the console's own URL.
    const img = item.locator('img');
    await expect(img).toHaveAttribute('src', new RegExp(`^/media/[0-9a-f-]{36}/0$`));
    expect(await page.content()).not.toContain(DEMO_HOST);
    await expect.poll(() => img.evaluate((el: HTMLImageElement) => el.complete && el.naturalWidth)).toBe(320);

    const reveal = item.getByRole('button', { name: 'Show the image' });
    await reveal.focus();
    await page.keyboard.press('Enter');
    await expect(item).toHaveAttribute('data-covered', 'false');
    await expect(item.getByRole('button', { name: 'Hide again' })).toBeVisible();

    await gallery.locator('li').nth(1).scrollIntoViewIfNeeded();
    const refused = gallery.getByTestId('media-refused');
    await expect(refused).toHaveAttribute('data-reason', 'hash_mismatch');
    await expect(refused).toContainText('does not match the SHA-256 recorded in the evidence');

    const res = await page.request.get((await img.getAttribute('src'))!);
    expect(res.status()).toBe(200);
    expect(res.headers()).toMatchObject({ 'content-type': 'image/png', 'x-content-type-options': 'nosniff', 'content-security-policy': mediaPolicy });
    expect(res.headers()['cache-control']).toMatch(/^private/);
    expect(sha(await res.body())).toBe(snapshot().sha256);
  });

  test("media follows the member's preference: blur sensitive only, greyscale, and back to the organisation default", async ({ asRole }) => {
    const page = await asRole('mediaModerator');
    const caseId = await fileReport(page, { category: 'insult', channel: 'post', media: [screenshot()] });
    const item = page.getByTestId('media-item').first();

    await page.goto(`/cases/${caseId}`);
    await expect(item).toHaveAttribute('data-covered', 'true'); // the organisation default: blur all

    await setPreference(page, /Blur sensitive media only/);
    await page.goto(`/cases/${caseId}`);
    await expect(item).toHaveAttribute('data-covered', 'false');
    await expect(item).toHaveAttribute('data-greyscale', 'false');

    await setPreference(page, /greyscale/);
    await page.goto(`/cases/${caseId}`);
    await expect(item).toHaveAttribute('data-greyscale', 'true');
    await item.getByRole('button', { name: 'Show in colour' }).click();
    await expect(item).toHaveAttribute('data-greyscale', 'false');

    await setPreference(page, /Organisation default/);
    await page.goto(`/cases/${caseId}`);
    await expect(item).toHaveAttribute('data-covered', 'true');
  });

  test('on a phone and in Chinese the media fits the screen and its controls are translated', async ({ asRole }) => {
    const page = await asRole('mediaModerator');
    const caseId = await fileReport(page, { category: 'threat', channel: 'livestream', media: [snapshot()] });
    await page.setViewportSize({ width: 390, height: 844 });
    await page.context().addCookies([{ name: 'NEXT_LOCALE', value: 'zh', url: new URL('/', page.url()).toString() }]);
    await page.goto(`/cases/${caseId}`);
    const item = page.getByTestId('media-item').first();
    await expect(item.getByRole('button', { name: '显示图片' })).toBeVisible();
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    const box = (await item.getByRole('button', { name: '显示图片' }).boundingBox())!;
    expect(box.height).toBeGreaterThanOrEqual(44);
    await page.context().addCookies([{ name: 'NEXT_LOCALE', value: 'en', url: new URL('/', page.url()).toString() }]);
  });

  test('video review shows the held video\'s thumbnail and plays the clip, both blurred for violence', async ({ asRole }) => {
    const page = await asRole('mediaModerator');
    await page.goto('/videos');
    const card = page.locator('[data-video-card]', { hasText: 'Kitten rescue compilation' });
    await expect(card.getByTestId('media-item')).toHaveCount(2);
    const thumbnail = card.locator('[data-testid="media-item"][data-kind="thumbnail"]');
    const clip = card.locator('[data-testid="media-item"][data-kind="video"]');
    await expect(thumbnail).toHaveAttribute('data-covered', 'true');
    await expect(clip).toHaveAttribute('data-covered', 'true');
    await expect.poll(() => thumbnail.locator('img').evaluate((el: HTMLImageElement) => el.complete && el.naturalWidth)).toBe(320);
    await thumbnail.getByRole('button', { name: 'Show the image' }).click();
    await expect(thumbnail).toHaveAttribute('data-covered', 'false');
    // The clip came through the proxy and the browser decoded it: 3 seconds of 320 × 180.
    await clip.getByRole('button', { name: 'Show the video' }).click();
    await expect(clip).toHaveAttribute('data-covered', 'false');
    await expect.poll(() => clip.locator('video').evaluate((el: HTMLVideoElement) => `${el.videoWidth}x${el.videoHeight} ${Math.round(el.duration)}s`)).toBe('320x180 3s');
  });
});

test.describe('reviewer wellness', () => {
  test('an admin sets the organisation default and the break reminder period', async ({ asRole }) => {
    const page = await asRole('admin');
    await page.goto('/admin/wellness');
    await page.getByLabel('Suggest a break after (minutes of continuous work)').fill('5');
    await page.getByRole('button', { name: 'Save defaults' }).click();
    await expect(page.getByText('Enter a whole number of minutes between 10 and 480.')).toBeVisible();
    await page.getByLabel('Suggest a break after (minutes of continuous work)').fill('45');
    await page.getByRole('button', { name: 'Save defaults' }).click();
    await expect(page.getByText(/^Saved\. Members/)).toBeVisible();
    await page.reload();
    await expect(page.getByLabel('Suggest a break after (minutes of continuous work)')).toHaveValue('45');
    await page.getByLabel('Suggest a break after (minutes of continuous work)').fill('50');
    await page.getByRole('button', { name: 'Save defaults' }).click();
    await expect(page.getByText(/^Saved\. Members/)).toBeVisible();
  });

  test('after the configured minutes of continuous work a dismissible reminder suggests a break', async ({ asRole }) => {
    const page = await asRole('mediaModerator');
    await page.goto('/queue');
    await expect(page.getByTestId('break-reminder')).toHaveCount(0);
    // Fifty-one minutes of work so far, the last activity just now.
    await page.evaluate(() => localStorage.setItem('bulwark.workSession', JSON.stringify({ startedAt: Date.now() - 51 * 60_000, lastActiveAt: Date.now() })));
    await page.reload();
    const reminder = page.getByTestId('break-reminder');
    await expect(reminder).toContainText('You have been reviewing for 50 minutes');
    await reminder.getByRole('button', { name: 'Not now' }).focus();
    await page.keyboard.press('Enter');
    await expect(reminder).toHaveCount(0);
    await page.reload();
    await expect(page.getByTestId('break-reminder')).toHaveCount(0);
  });
});
