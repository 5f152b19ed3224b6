import { createHash } from 'node:crypto';
import { expect, test } from './fixtures';

// Runs against the demo seed (scripts/e2e-server.ts): reports arriving over the last five days.
test.use({ viewport: { width: 1280, height: 800 } });

const sha256 = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');

test.describe('compliance reports', () => {
  test('a supervisor generates this week\'s report and downloads its CSV and PDF, whose bytes match the hashes shown', async ({ asRole }) => {
    const page = await asRole('supervisor');
    await page.goto('/compliance');
    await expect(page.getByRole('heading', { name: 'Compliance reports', level: 1 })).toBeVisible();
    await expect(page.getByLabel('Period', { exact: true })).toHaveValue('week');
    await page.getByRole('button', { name: 'Generate report' }).click();
    await expect(page.getByRole('status')).toContainText('Report generated');
    await expect(page).toHaveURL(/\/compliance\?report=/);

    const row = page.getByTestId('compliance-report').first();
    await expect(row).toHaveAttribute('aria-current', 'true');
    // The figures shown are the stored report's: the summary counts the demo's reports.
    const figures = page.getByTestId('compliance-figures');
    await expect(figures.getByRole('heading', { name: 'Cyberviolence governance compliance report' })).toBeVisible();
    const received = Number((await page.getByTestId('compliance-section-summary').locator('tbody tr').first().locator('td').nth(1).innerText()).trim());
    expect(received).toBeGreaterThan(0);

    const files = [
      { format: 'csv', locale: 'en', type: 'text/csv; charset=utf-8' },
      { format: 'csv', locale: 'zh', type: 'text/csv; charset=utf-8' },
      { format: 'pdf', locale: 'zh', type: 'application/pdf' },
      { format: 'pdf', locale: 'en', type: 'application/pdf' },
    ];
    for (const f of files) {
      const link = row.getByTestId(`download-${f.format}-${f.locale}`);
      const shown = (await row.getByTestId(`sha-${f.format}-${f.locale}`).innerText()).trim();
      expect(shown).toMatch(/^[0-9a-f]{64}$/);
      const response = await page.request.get((await link.getAttribute('href'))!);
      expect(response.status()).toBe(200);
      expect(response.headers()['content-type']).toBe(f.type);
      expect(response.headers()['content-disposition']).toMatch(new RegExp(`attachment; filename="compliance-.+-${f.locale}\\.${f.format}"`));
      const body = await response.body();
      expect(sha256(body)).toBe(shown);
      expect(response.headers()['x-report-sha256']).toBe(shown);
      if (f.format === 'pdf') expect(body.subarray(0, 5).toString()).toBe('%PDF-');
      if (f.format === 'csv' && f.locale === 'en') expect(body.toString('utf8')).toContain(`Reports received,${received}`);
      if (f.format === 'csv' && f.locale === 'zh') expect(body.toString('utf8')).toContain(`收到的举报,${received}`);
    }

    // Clicking the link downloads the same file.
    const [download] = await Promise.all([page.waitForEvent('download'), row.getByTestId('download-pdf-zh').click()]);
    expect(download.suggestedFilename()).toMatch(/-zh\.pdf$/);
  });

  test('the page speaks Chinese and fits a phone', async ({ asRole }) => {
    const page = await asRole('supervisor');
    await page.setViewportSize({ width: 390, height: 844 });
    await page.context().addCookies([{ name: 'NEXT_LOCALE', value: 'zh', url: new URL('/', page.url()).toString() }]);
    await page.goto('/compliance');
    await expect(page.getByRole('heading', { name: '合规报告', level: 1 })).toBeVisible();
    await expect(page.getByLabel('时间段', { exact: true })).toBeVisible();
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
  });

  test('a moderator is refused the page and the downloads', async ({ asRole }) => {
    const page = await asRole('moderator');
    expect((await page.goto('/compliance'))?.status()).toBe(403);
    const response = await page.request.get('/compliance/00000000-0000-4000-8000-000000000000/download?format=pdf&locale=en');
    expect(response.status()).toBe(403);
  });
});
