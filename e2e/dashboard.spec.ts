import { expect, test } from './fixtures';

// Runs against the demo seed (scripts/e2e-server.ts): reports arriving over the last five days.
// The console must work on a 1280px-wide screen.
test.use({ viewport: { width: 1280, height: 800 } });

const count = async (text: Promise<string>) => Number((await text).replace(/[^\d]/g, ''));

test.describe('the supervisor dashboard', () => {
  test('a supervisor sees the figures and a chart, then narrows the period', async ({ asRole }) => {
    const page = await asRole('supervisor');
    await page.goto('/dashboard');
    await expect(page.getByRole('heading', { name: 'Supervisor dashboard' })).toBeVisible();
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);

    // The last 7 days by default: every demo report, in figures, a chart and the same figures as a table.
    await expect(page.getByLabel('Period', { exact: true })).toHaveValue('7d');
    const received = page.getByTestId('figure-received').locator('dd').first();
    const weekReceived = await count(received.innerText());
    expect(weekReceived).toBeGreaterThan(0);
    for (const key of ['handled', 'p50', 'p95', 'minors', 'overdue']) await expect(page.getByTestId(`figure-${key}`)).toBeVisible();
    await expect(page.getByRole('img', { name: /Bar chart: \d+ reports received/ })).toBeVisible();
    await expect(page.getByTestId('daily-chart').locator('svg .recharts-bar-rectangle').first()).toBeVisible();
    const dailyRows = page.getByTestId('daily-table').locator('tbody tr');
    expect(await dailyRows.count()).toBeGreaterThanOrEqual(7);
    const tableSum = (await dailyRows.locator('td:nth-of-type(1)').allInnerTexts()).reduce((n, s) => n + Number(s.replace(/[^\d]/g, '')), 0);
    expect(tableSum).toBe(weekReceived);

    // The last 24 hours: the URL carries the choice, and the figures shrink to it.
    await page.getByLabel('Period', { exact: true }).selectOption('24h');
    await page.getByRole('button', { name: 'Apply' }).click();
    await expect(page).toHaveURL(/[?&]period=24h/);
    await expect(page.getByLabel('Period', { exact: true })).toHaveValue('24h');
    await expect(dailyRows).not.toHaveCount(0);
    expect(await dailyRows.count()).toBeLessThanOrEqual(2);
    expect(await count(received.innerText())).toBeLessThanOrEqual(weekReceived);

    const dayReceived = await count(received.innerText());

    // One channel: a part of the same day's reports.
    await page.getByLabel('Channel', { exact: true }).selectOption('group');
    await page.getByRole('button', { name: 'Apply' }).click();
    await expect(page).toHaveURL(/channel=group/);
    await expect(page.getByTestId('dashboard-range')).toContainText('Group only');
    expect(await count(received.innerText())).toBeLessThanOrEqual(dayReceived);
  });

  test('the dashboard speaks Chinese', async ({ asRole }) => {
    const page = await asRole('supervisor');
    await page.context().addCookies([{ name: 'NEXT_LOCALE', value: 'zh', url: new URL('/', page.url()).toString() }]);
    await page.goto('/dashboard?period=30d');
    await expect(page.getByRole('heading', { name: '主管看板' })).toBeVisible();
    await expect(page.getByLabel('时间段', { exact: true })).toHaveValue('30d');
    await expect(page.getByText('当前超时')).toBeVisible();
  });

  test('a moderator is refused with 403', async ({ asRole }) => {
    const page = await asRole('moderator');
    const response = await page.goto('/dashboard');
    expect(response?.status()).toBe(403);
    await expect(page.getByRole('heading', { name: 'Not allowed' })).toBeVisible();
  });
});
