import fs from 'node:fs';
import path from 'node:path';
import { randomUUID } from 'node:crypto';
import { expect, hotkeysReady, signIn, test } from './fixtures';

const port = process.env.E2E_PORT ?? '3100';
const apiKey = () => fs.readFileSync(path.resolve('test-results', `e2e-api-key-${port}.txt`), 'utf8').trim();

test.describe('the command palette', () => {
  test('Ctrl-K jumps by keyboard to a page by its English or Chinese name, and to a case by short id', async ({ asRole, request }) => {
    const id = randomUUID();
    const res = await request.post('/api/v1/reports', {
      headers: { authorization: `Bearer ${apiKey()}` },
      data: {
        externalId: `palette-${id}`, channel: 'group', category: 'insult', reporter: { accountId: `palette-reporter-${id}` },
        subject: { contentId: `palette-content-${id}`, accountId: `palette-acct-${id}`, text: 'palette case', context: [], createdAt: new Date().toISOString() },
      },
    });
    const { caseId } = await res.json();

    const page = await asRole('supervisor');
    await page.goto('/queue');
    await hotkeysReady(page);
    await page.keyboard.press('Control+k');
    const box = page.getByRole('combobox', { name: 'Search pages, cases, accounts and incidents' });
    await expect(box).toBeFocused();
    await page.keyboard.type('audit');
    const list = page.getByRole('listbox');
    await expect(list.getByRole('option', { selected: true })).toContainText('Audit log');
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(/\/audit$/);

    await page.keyboard.press('Control+k');
    await page.keyboard.type('审计');
    await expect(page.getByRole('listbox').getByRole('option', { selected: true })).toContainText('Audit log');
    // Arrows move the active option (the combobox names it); Escape closes without going anywhere.
    await box.fill('a');
    const options = page.getByRole('listbox').getByRole('option');
    await expect(options.nth(0)).toHaveAttribute('aria-selected', 'true');
    await page.keyboard.press('ArrowDown');
    await expect(options.nth(1)).toHaveAttribute('aria-selected', 'true');
    await expect(box).toHaveAttribute('aria-activedescendant', (await options.nth(1).getAttribute('id'))!);
    await page.keyboard.press('ArrowUp');
    await expect(options.nth(0)).toHaveAttribute('aria-selected', 'true');
    await box.fill('审计x');
    await expect(page.getByText('Nothing found.')).toBeVisible();
    await page.keyboard.press('Escape');
    await expect(box).toHaveCount(0);
    await expect(page).toHaveURL(/\/audit$/);

    await page.keyboard.press('Control+k');
    await page.keyboard.type(caseId.slice(0, 8));
    const caseOption = page.getByRole('listbox').getByRole('option', { name: new RegExp(`Case.*${caseId.slice(0, 8)}`) });
    await expect(caseOption).toBeVisible();
    await expect(caseOption).toHaveAttribute('aria-selected', 'true');
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(new RegExp(`/cases/${caseId}$`));
  });

  test('offers only the pages the role may see', async ({ asRole }) => {
    const page = await asRole('moderator2');
    await page.goto('/queue');
    await hotkeysReady(page);
    await page.keyboard.press('Control+k');
    await page.keyboard.type('ladder');
    await expect(page.getByText('Nothing found.')).toBeVisible();
  });

  test('works on a phone from the header button', async ({ browser }) => {
    const context = await browser.newContext({ viewport: { width: 390, height: 844 }, hasTouch: true });
    const page = await context.newPage();
    await signIn(page, 'admin');
    await page.getByRole('button', { name: 'Go to…' }).tap();
    await page.getByRole('combobox', { name: 'Search pages, cases, accounts and incidents' }).fill('模板');
    await page.getByRole('listbox').getByRole('option', { name: /Message templates/ }).tap();
    await expect(page).toHaveURL(/\/admin\/templates$/);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    await context.close();
  });
});
