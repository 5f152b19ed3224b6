import fs from 'node:fs';
import path from 'node:path';
import { randomUUID } from 'node:crypto';
import type { APIRequestContext, Page } from '@playwright/test';
import { expect, hotkeysReady, signIn, test } from './fixtures';

// Cases of this run only: reports on the "group" channel against accounts named for the run, so the
// spec ticks and decides nothing another spec expects to find.
const port = process.env.E2E_PORT ?? '3100';
const apiKey = () => fs.readFileSync(path.resolve('test-results', `e2e-api-key-${port}.txt`), 'utf8').trim();
const run = randomUUID().slice(0, 8);
const queueUrl = '/queue?channel=group';

async function report(request: APIRequestContext, account: string, text: string, target?: { accountId: string; isMinor: boolean }) {
  const id = randomUUID();
  const res = await request.post('/api/v1/reports', {
    headers: { authorization: `Bearer ${apiKey()}` },
    data: {
      externalId: `bulk-${id}`, channel: 'group', category: 'insult', reporter: { accountId: `bulk-reporter-${id}` },
      subject: { contentId: `bulk-content-${id}`, accountId: account, text, context: [], createdAt: new Date().toISOString() },
      ...(target && { target }),
    },
  });
  expect(res.status()).toBe(201);
  return (await res.json()).caseId as string;
}

const row = (page: Page, text: string) => page.locator('tr[data-case-id]', { hasText: text });

test.describe.configure({ mode: 'serial' });

test.describe('working the queue in bulk', () => {
  test('ticks every case against one account from a row, previews, confirms and removes them at once', async ({ asRole, request }) => {
    const account = `bulk-acct-${run}`;
    for (const n of [1, 2, 3]) await report(request, account, `bulk ${run} pile-on ${n}`);
    const bystander = await report(request, `bulk-other-${run}`, `bulk ${run} unrelated`);

    const page = await asRole('moderator2');
    await page.goto(queueUrl);
    await hotkeysReady(page);
    await row(page, `bulk ${run} pile-on 1`).getByText('Tick related…').click();
    await page.getByRole('button', { name: 'Every case against this account' }).click();
    const bar = page.getByTestId('bulk-bar');
    await expect(bar).toContainText('3 cases ticked');
    await expect(page.getByText(`Ticked 3 cases (account: ${account}).`)).toBeVisible();

    await bar.getByLabel('Category').selectOption('insult');
    await bar.getByRole('button', { name: 'Decide 3 cases…' }).click();
    const dialog = page.getByRole('dialog');
    await expect(dialog).toContainText('3 cases will be decided as “Remove”');
    await dialog.getByRole('button', { name: 'Apply to 3 cases' }).click();
    await expect(bar.getByRole('status')).toContainText('Remove: 3 cases done.');
    await expect(page.locator('tr[data-case-id]', { hasText: `bulk ${run} pile-on` })).toHaveCount(0);
    await expect(page.locator(`tr[data-case-id="${bystander}"]`)).toBeVisible();
  });

  test('by keyboard: x ticks the selected case, shift-x a range; escalating asks first and says what happened', async ({ asRole, request }) => {
    const account = `bulk-keys-${run}`;
    // Aimed at a minor, so the three sit together at the top of the queue: among adults' cases the
    // account's growing report count can rank the first one below another case of this run.
    for (const n of [1, 2, 3]) await report(request, account, `bulk ${run} keys ${n}`, { accountId: `bulk-keys-child-${run}`, isMinor: true });
    const page = await asRole('moderator2');
    await page.goto(queueUrl);
    await hotkeysReady(page);
    const mine = page.locator('tr[data-case-id]', { hasText: `bulk ${run} keys` });
    await expect(mine).toHaveCount(3);
    await mine.first().getByRole('link').focus();
    await page.keyboard.press('x');
    await expect(page.getByTestId('bulk-bar')).toContainText('1 case ticked');
    // The list holds still while cases are ticked, so a range ticks what the moderator sees.
    await expect(page.getByText('Updates paused while cases are ticked')).toBeVisible();
    await page.keyboard.press('x');
    await expect(page.getByTestId('bulk-bar')).toHaveCount(0);
    await page.keyboard.press('x');
    await mine.nth(2).getByRole('link').focus();
    await page.keyboard.press('Shift+X');
    const bar = page.getByTestId('bulk-bar');
    await expect(bar).toContainText('3 cases ticked');
    for (const i of [0, 1, 2]) await expect(mine.nth(i).getByRole('checkbox')).toBeChecked();

    await bar.getByRole('button', { name: 'Escalate 3 cases…' }).click();
    const dialog = page.getByRole('dialog');
    await expect(dialog).toContainText('“Escalate”');
    await page.keyboard.press('Escape');
    await expect(dialog).toHaveCount(0);
    await expect(bar).toContainText('3 cases ticked');
    await bar.getByRole('button', { name: 'Escalate 3 cases…' }).click();
    await page.getByRole('dialog').getByRole('button', { name: 'Apply to 3 cases' }).click();
    await expect(bar.getByRole('status')).toContainText('Escalate: 3 cases done.');
    await expect(mine).toHaveCount(0);
  });

  test('a supervisor assigns cases; the queue shows to whom', async ({ asRole, request }) => {
    const a = await report(request, `bulk-assign-${run}`, `bulk ${run} assign me`);
    const page = await asRole('supervisor');
    await page.goto(queueUrl);
    await hotkeysReady(page);
    await page.locator(`tr[data-case-id="${a}"]`).getByRole('checkbox').check();
    const bar = page.getByTestId('bulk-bar');
    await bar.getByLabel('Assign to').selectOption({ label: 'Sam Reyes' }); // the demo seed's second moderator
    await bar.getByRole('button', { name: 'Assign 1 case…' }).click();
    await page.getByRole('dialog').getByRole('button', { name: 'Apply to 1 case' }).click();
    await expect(bar.getByRole('status')).toContainText('1 case assigned.');
    await expect(page.locator(`tr[data-case-id="${a}"]`)).toContainText('Assigned to Sam Reyes');
  });

  test('works on a phone: the queue is a card list with big checkboxes and the bar fits the screen', async ({ browser, request }) => {
    const c = await report(request, `bulk-phone-${run}`, `bulk ${run} on a phone`);
    const context = await browser.newContext({ viewport: { width: 390, height: 844 }, hasTouch: true });
    const page = await context.newPage();
    await signIn(page, 'moderator2');
    await page.goto(queueUrl);
    const card = page.locator(`tr[data-case-id="${c}"]`);
    await card.getByRole('checkbox').tap();
    const bar = page.getByTestId('bulk-bar');
    await expect(bar).toContainText('1 case ticked');
    const box = await bar.getByRole('button', { name: 'Decide 1 case…' }).boundingBox();
    expect(box!.height).toBeGreaterThanOrEqual(44);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    await bar.getByLabel('Decision').selectOption('fold');
    await bar.getByLabel('Category').selectOption('insult');
    await bar.getByRole('button', { name: 'Decide 1 case…' }).tap();
    await page.getByRole('dialog').getByRole('button', { name: 'Apply to 1 case' }).tap();
    await expect(bar.getByRole('status')).toContainText('Fold: 1 case done.');
    await context.close();
  });
});
