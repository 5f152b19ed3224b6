import fs from 'node:fs';
import path from 'node:path';
import { expect, signIn, test } from './fixtures';

// scripts/e2e-server.ts creates a platform API key after seeding and leaves it here for the specs.
const port = process.env.E2E_PORT ?? '3100';
const apiKey = () => fs.readFileSync(path.resolve('test-results', `e2e-api-key-${port}.txt`), 'utf8').trim();

test.describe('recognition model', () => {
  test('an admin trains a candidate, compares it, promotes it, and the pre-check answers with it', async ({ page, request }) => {
    const headers = { authorization: `Bearer ${apiKey()}` };
    const item = { id: `e2e-pre-${Date.now()}`, kind: 'comment', text: '你怎么还不去死？大家都讨厌你', authorAccountId: 'e2e-author' };
    // The demo seed promoted a first version.
    const before = await (await request.post('/api/v1/precheck', { headers, data: { items: [item] } })).json();
    expect(before.results[0].modelVersion).toEqual(expect.any(String));

    await signIn(page, 'admin');
    await page.goto('/admin/model');
    await expect(page.getByRole('heading', { name: 'Recognition model', level: 1 })).toBeVisible();
    await page.getByRole('button', { name: 'Train a candidate now' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Candidate trained on' })).toBeVisible({ timeout: 30_000 });

    const found = page.locator('[data-testid^="version-"]').filter({ hasText: 'candidate' }).first();
    await expect(found).toBeVisible();
    const candidate = (await found.getAttribute('data-testid'))!.replace('version-', '');
    const row = page.getByTestId(`version-${candidate}`);
    expect(candidate).not.toBe(before.results[0].modelVersion);
    // Side by side, category by category.
    const compare = page.getByRole('table', { name: 'Candidate beside the promoted version' });
    await expect(compare.getByRole('columnheader', { name: new RegExp(`Newest candidate ${candidate.slice(0, 8)}`) })).toBeVisible();
    await expect(compare.getByTestId('compare-insult')).toContainText('F1');
    // Calibration on the held-out part: each version's ECE and score groups.
    await expect(page.getByTestId('calibration').getByText(new RegExp(`Newest candidate ${candidate.slice(0, 8)} · ECE`))).toBeVisible();

    await row.getByRole('button', { name: 'Promote' }).click();
    await expect(row.getByRole('group')).toContainText('every pre-check');
    await row.getByRole('button', { name: 'Promote now' }).click();
    await expect(row).toContainText('promoted');

    const after = await (await request.post('/api/v1/precheck', { headers, data: { items: [{ ...item, id: `${item.id}-2` }] } })).json();
    expect(after.results[0]).toMatchObject({ modelVersion: candidate, decision: expect.stringMatching(/^(allow|remind|hold|block)$/) });
  });

  test('the model page fits a phone', async ({ page }) => {
    await page.setViewportSize({ width: 390, height: 800 });
    await signIn(page, 'admin');
    await page.goto('/admin/model');
    await expect(page.getByRole('heading', { name: 'Versions' })).toBeVisible();
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
  });
});
