import fs from 'node:fs';
import path from 'node:path';
import { randomUUID } from 'node:crypto';
import { expect, hotkeysReady, test } from './fixtures';

// Runs against the demo seed (scripts/e2e-server.ts): hundreds of reports, several involving minors.
// The tests claim and decide cases, so they run in order in one worker.
test.describe.configure({ mode: 'serial' });

const row = (page: import('@playwright/test').Page, id: string) => page.locator(`tbody tr[data-case-id="${id}"]`);

test.describe('moderating the queue', () => {
  test('a moderator claims next, gets the minor\'s case first, decides it and it leaves the queue', async ({ asRole }) => {
    const page = await asRole('moderator');
    await page.goto('/queue');
    // The top case nobody holds (other specs' moderators may hold cases above it).
    const top = page.locator('tbody tr:not([data-held])').first();
    await expect(top.getByText('Minor', { exact: true })).toBeVisible();
    const topId = (await top.getAttribute('data-case-id'))!;

    await hotkeysReady(page);
    await page.keyboard.press('c');
    await expect(page).toHaveURL(new RegExp(`/cases/${topId}$`));
    await expect(page.locator('header').getByText('Minor', { exact: true })).toBeVisible();
    await expect(page.getByTestId('evidence-check')).toContainText('Hash verified');
    await expect(page.getByTestId('lease-status')).toContainText(/Yours for \d+:\d\d/);
    // The reported text is shown as text in a <pre>, never rendered.
    await expect(page.getByTestId('reported-text')).toBeVisible();

    await hotkeysReady(page);
    await page.keyboard.press('r');
    await expect(page.getByRole('button', { name: 'Remove', pressed: true })).toBeVisible();
    const category = page.getByLabel('Category');
    if (!(await category.inputValue())) await category.selectOption('insult');
    await page.getByTestId('confirm-decision').focus();
    await page.keyboard.press('Enter');
    // Straight on to the next claimed case (or back to the queue when none is left).
    await expect(page).toHaveURL(/\/(cases\/[0-9a-f-]+|queue)\?done=1$/);
    expect(page.url()).not.toContain(topId);
    await expect(page.getByText(/Decision recorded/)).toBeVisible();

    await page.goto('/queue?status=undecided');
    await expect(page.locator('tbody tr').first()).toBeVisible();
    await expect(row(page, topId)).toHaveCount(0);
    await page.goto(`/cases/${topId}`);
    await expect(page.getByTestId('decision-panel')).toHaveCount(0);
    await expect(page.getByText('Decided: Remove')).toBeVisible();
  });

  test('keys move through the queue, open a case and show help', async ({ asRole }) => {
    const page = await asRole('moderator2');
    await page.goto('/queue');
    await hotkeysReady(page);
    await page.keyboard.press('j');
    await page.keyboard.press('j');
    await page.keyboard.press('k');
    const first = page.locator('tbody tr').first();
    await expect(first).toHaveAttribute('aria-selected', 'true');
    await page.keyboard.press('?');
    await expect(page.getByRole('dialog', { name: 'Keyboard shortcuts' })).toBeVisible();
    await page.keyboard.press('Escape');
    await expect(page.getByRole('dialog')).toHaveCount(0);
    const id = (await first.getAttribute('data-case-id'))!;
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(new RegExp(`/cases/${id}$`));
  });

  test('a moderator escalates a case and a supervisor finds and decides it in the escalation queue', async ({ asRole }) => {
    const moderator = await asRole('moderator2');
    await moderator.goto('/queue');
    await moderator.getByRole('button', { name: /Claim next/ }).click();
    await expect(moderator).toHaveURL(/\/cases\/[0-9a-f-]+$/);
    const id = moderator.url().split('/').pop()!;
    await hotkeysReady(moderator);
    await moderator.keyboard.press('e');
    await moderator.getByLabel('Note (optional)').fill('Public figure? Needs a supervisor.');
    await moderator.getByTestId('confirm-decision').click();
    await expect(moderator).toHaveURL(/\?done=1$/);

    const supervisor = await asRole('supervisor');
    await supervisor.goto('/escalations');
    await expect(row(supervisor, id)).toBeVisible();
    await row(supervisor, id).getByRole('link').click();
    await expect(supervisor.getByText('Public figure? Needs a supervisor.')).toBeVisible();
    await supervisor.getByRole('button', { name: 'Claim this case' }).click();
    await expect(supervisor.getByTestId('lease-status')).toContainText('Yours for');
    await expect(supervisor.getByRole('button', { name: /^Escalate/ })).toHaveCount(0);
    await hotkeysReady(supervisor);
    await supervisor.keyboard.press('n');
    await supervisor.keyboard.press('1');
    await supervisor.keyboard.press('Enter');
    await expect(supervisor).toHaveURL(/\?done=1$/);
    await supervisor.goto('/escalations');
    await expect(row(supervisor, id)).toHaveCount(0);
  });

  test('switching the language to Chinese shows the queue in Chinese', async ({ asRole }) => {
    const page = await asRole('moderator');
    await page.goto('/queue');
    await page.getByLabel('Language').selectOption('zh');
    await expect(page.getByRole('heading', { name: '举报队列' })).toBeVisible();
    await expect(page.getByRole('columnheader', { name: '被举报内容' })).toBeVisible();
    await expect(page.getByRole('button', { name: /领取下一个/ })).toBeVisible();
    await expect(page.getByText('未成年人').first()).toBeVisible();
  });

  test('the queue shows a newly reported case without a reload', async ({ asRole, request }) => {
    const page = await asRole('moderator2');
    await page.goto('/queue?channel=livestream&minors=1');
    await page.evaluate(() => { (window as unknown as { marker: number }).marker = 42; });
    const key = fs.readFileSync(path.resolve('test-results', `e2e-api-key-${process.env.E2E_PORT ?? '3100'}.txt`), 'utf8').trim();
    const id = randomUUID();
    const created = await request.post('/api/v1/reports', {
      headers: { authorization: `Bearer ${key}` },
      data: {
        externalId: `e2e-refresh-${id}`, channel: 'livestream', category: 'self_harm',
        reporter: { accountId: `e2e-reporter-${id}`, isMinor: true },
        subject: { contentId: `e2e-live-${id}`, accountId: 'e2e-host', text: `live ${id}`, context: [], createdAt: new Date().toISOString() },
        target: { accountId: 'e2e-child', isMinor: true },
      },
    });
    expect(created.status()).toBe(201);
    const { caseId } = await created.json();
    await expect(row(page, caseId)).toBeVisible({ timeout: 20_000 });
    expect(await page.evaluate(() => (window as unknown as { marker?: number }).marker)).toBe(42);
  });

  test('a case opens from its short id, typed in the queue or in the address', async ({ asRole }) => {
    const page = await asRole('moderator2');
    await page.goto('/queue');
    const id = (await page.locator('tbody tr').first().getAttribute('data-case-id'))!;
    await page.getByLabel('Go to a case by id').fill(id.slice(0, 8));
    await page.getByLabel('Go to a case by id').press('Enter');
    await expect(page).toHaveURL(new RegExp(`/cases/${id}$`));
    await page.goto(`/cases/${id.slice(0, 8).toUpperCase()}`);
    await expect(page).toHaveURL(new RegExp(`/cases/${id}$`));
  });
});
