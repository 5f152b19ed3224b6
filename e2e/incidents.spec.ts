import { randomUUID } from 'node:crypto';
import { expect, test } from './fixtures';

// Runs against the demo seed: reports naming "Liam Carter" exist and belong to no demo incident.
// One workflow in order: each step uses what the previous one made.
test.describe.configure({ mode: 'serial' });

const run = randomUUID().slice(0, 8);
const incidentTitle = `Pile-on after the bus stop video ${run}`;
const titleEn = `How the platform handled the bus stop video ${run}`;
const titleZh = `公交站视频事件处置通报 ${run}`;
let incidentUrl = '';
let disclosureUrl = '';

test.describe('hot incidents and public disclosure', () => {
  test('a supervisor opens an incident and links cases that mention its key term', async ({ asRole }) => {
    const page = await asRole('supervisor');
    await page.goto('/incidents');
    await page.getByLabel('Title', { exact: true }).fill(incidentTitle);
    await page.getByLabel('Key terms').fill('Liam Carter, #LiamCarterExposed');
    await page.getByRole('button', { name: 'Create incident' }).click();
    await expect(page).toHaveURL(/\/incidents\/[0-9a-f-]{36}$/);
    incidentUrl = new URL(page.url()).pathname;
    await expect(page.getByRole('heading', { name: incidentTitle })).toBeVisible();

    const mentioning = page.getByTestId('mentioning-cases');
    const linked = page.getByTestId('linked-cases');
    await expect(mentioning.locator('li').first()).toContainText(/Liam ?Carter/i);
    for (const n of [1, 2]) {
      await mentioning.getByRole('button', { name: 'Link' }).first().click();
      await expect(linked.locator('li')).toHaveCount(n);
    }
    await expect(page.getByTestId('measures')).toContainText('Cases linked');
    await expect(page.getByTestId('timeline')).toContainText('Case linked');
  });

  test('a moderator drafts a disclosure with the measures filled in and submits it', async ({ asRole }) => {
    const page = await asRole('moderator');
    await page.goto(incidentUrl);
    await page.getByRole('button', { name: 'Draft a disclosure' }).click();
    await expect(page.getByLabel('Text (English)')).toHaveValue(/2 reports handled/);
    await page.getByLabel('Title (English)').fill(titleEn);
    await page.getByLabel('Title (Chinese)').fill(titleZh);
    await page.getByRole('button', { name: 'Save draft' }).click();
    await expect(page).toHaveURL(/\/disclosures\/[0-9a-f-]{36}$/);
    disclosureUrl = new URL(page.url()).pathname;
    await page.getByRole('button', { name: 'Submit for review' }).click();
    await expect(page.getByText('Waiting for a supervisor other than you to review it.')).toBeVisible();
  });

  test('a second supervisor approves and publishes it', async ({ asRole }) => {
    const page = await asRole('supervisor2');
    await page.goto(disclosureUrl);
    await page.getByRole('button', { name: 'Approve' }).click();
    await page.getByRole('button', { name: 'Publish' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toContainText('Published');
  });

  test('the public page shows it without signing in, on a phone, in English and in Chinese', async ({ browser }) => {
    const context = await browser.newContext({ viewport: { width: 390, height: 844 } });
    const page = await context.newPage();
    await page.goto('/transparency');
    await expect(page).toHaveURL(/\/transparency$/);
    await expect(page.getByRole('heading', { name: titleEn })).toBeVisible();
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);

    await page.getByLabel('Language').selectOption('zh');
    await expect(page.getByRole('heading', { name: titleZh })).toBeVisible();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('网络暴力事件处置情况');

    await page.getByRole('link', { name: titleZh }).click();
    await expect(page).toHaveURL(/\/transparency\/[0-9a-f-]{36}$/);
    await expect(page.getByText(/处理举报：2/)).toBeVisible();

    const feed = await page.request.get('/transparency/feed.xml');
    expect(feed.headers()['content-type']).toContain('application/atom+xml');
    expect(await feed.text()).toContain(titleEn);
    await context.close();
  });
});
