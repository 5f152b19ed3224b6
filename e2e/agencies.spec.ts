import { randomUUID } from 'node:crypto';
import { expect, test } from './fixtures';

// Runs against the demo seed's own rows: Harbor Creators (no proposal of its own) and the account
// fan_xiaoyu_88, renamed after the first demo incident's targeted person. Nothing else touches them.
test.describe.configure({ mode: 'serial' });

const reason = `Managed accounts brigaded the fundraiser ${randomUUID().slice(0, 8)}`;
let agencyUrl = '';

test.describe('MCN agencies and identity checks', () => {
  test('a moderator proposes an action against an agency whose accounts were in an incident', async ({ asRole }) => {
    const page = await asRole('moderator');
    await page.goto('/agencies');
    await expect(page.getByRole('heading', { level: 1, name: 'MCN agencies' })).toBeVisible();
    await page.getByRole('link', { name: 'Harbor Creators' }).click();
    await expect(page).toHaveURL(/\/agencies\/[0-9a-f-]{36}$/);
    agencyUrl = new URL(page.url()).pathname;
    await expect(page.getByRole('link', { name: 'Emma Walsh fundraiser rumours' }).first()).toBeVisible();

    await page.getByLabel('Action', { exact: true }).selectOption('restrict_services');
    await page.getByLabel('Reason', { exact: true }).fill(reason);
    await page.getByRole('button', { name: 'Propose' }).click();
    await expect(page.getByRole('status')).toContainText('waits on the approvals page');
    const row = page.getByRole('row', { name: new RegExp(reason) });
    await expect(row).toContainText('Proposed');
    // A moderator may propose but not decide.
    await expect(row.getByRole('button', { name: 'Approve' })).toHaveCount(0);
  });

  test('a supervisor approves it from the approvals queue', async ({ asRole }) => {
    const page = await asRole('supervisor');
    await page.goto('/approvals');
    await page.getByRole('link', { name: 'Restrict services: Harbor Creators' }).click();
    await expect(page).toHaveURL(new RegExp(`${agencyUrl}#action-`));
    const row = page.getByRole('row', { name: new RegExp(reason) });
    await row.getByLabel('Reason for the decision').fill('Checked the linked cases: coordinated');
    await row.getByRole('button', { name: 'Approve' }).click();
    await expect(row.getByText('In force')).toBeVisible();
    await expect(row).toContainText('Checked the linked cases: coordinated');
    await page.goto('/approvals');
    await expect(page.getByRole('link', { name: 'Restrict services: Harbor Creators' })).toHaveCount(0);
  });

  test('the identity-check queue shows the renamed account, in Chinese too, and a moderator clears it', async ({ asRole }) => {
    const page = await asRole('moderator');
    await page.goto('/identity-checks');
    const row = page.getByTestId('identity-flag').filter({ hasText: 'fan_xiaoyu_88' });
    await expect(row).toContainText('每日猫咪');
    await expect(row).toContainText('林晓雨本人');
    await expect(row.getByRole('link', { name: '林晓雨毕业照遭网暴' })).toBeVisible();

    await page.context().addCookies([{ name: 'NEXT_LOCALE', value: 'zh', url: new URL('/', page.url()).toString() }]);
    await page.reload();
    await expect(page.getByRole('heading', { level: 1, name: '实名核验' })).toBeVisible();
    await page.context().addCookies([{ name: 'NEXT_LOCALE', value: 'en', url: new URL('/', page.url()).toString() }]);
    await page.reload();

    await row.getByLabel('Note').fill('Fan account, not pretending to be her');
    await row.getByRole('button', { name: 'Clear' }).click();
    await expect(page.getByTestId('identity-flag').filter({ hasText: 'fan_xiaoyu_88' })).toHaveCount(0);
  });
});
