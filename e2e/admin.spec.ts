import type { Page } from '@playwright/test';
import { expect, signIn, test } from './fixtures';

// The console must work on a 1280px-wide screen.
test.use({ viewport: { width: 1280, height: 800 } });

const PASSWORD = 'initial-password-42';
const unique = () => `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`;

async function addMember(page: Page, member: { email: string; name: string; role: 'moderator' | 'supervisor' | 'admin' }) {
  await page.goto('/admin/staff');
  const form = page.getByRole('form', { name: 'Add a staff member' });
  await form.getByLabel('Email').fill(member.email);
  await form.getByLabel('Name').fill(member.name);
  await form.getByLabel('Role').selectOption(member.role);
  await form.getByLabel('Initial password').fill(PASSWORD);
  await form.getByRole('button', { name: 'Add member' }).click();
  await expect(form.getByRole('status')).toContainText(`${member.name} can now sign in as ${member.email}`);
  await expect(page.getByTestId(`staff-row-${member.email}`)).toBeVisible();
}

async function signOut(page: Page) {
  await page.getByRole('button', { name: 'Sign out' }).click();
  await expect(page).toHaveURL(/\/sign-in/);
}

async function fitsTheWidth(page: Page) {
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow).toBeLessThanOrEqual(0);
}

test.describe('administration', () => {
  test('an admin creates a moderator, who can then sign in and sees the queue', async ({ page }) => {
    await signIn(page, 'admin');
    await page.goto('/admin/staff');
    await fitsTheWidth(page);
    const form = page.getByRole('form', { name: 'Add a staff member' });

    // Refused input is explained next to each field and stays in the form.
    await form.getByLabel('Email').fill('not-an-email');
    await form.getByLabel('Name').fill('Mei Moderator');
    await form.getByLabel('Initial password').fill('short');
    await form.getByRole('button', { name: 'Add member' }).click();
    await expect(form.getByText('Enter a valid email address.')).toBeVisible();
    await expect(form.getByText('The password needs at least 12 characters.')).toBeVisible();
    await expect(form.getByLabel('Email')).toHaveAttribute('aria-invalid', 'true');
    await expect(form.getByLabel('Name')).toHaveValue('Mei Moderator');

    const email = `mei-${unique()}@bulwark.test`;
    await addMember(page, { email, name: 'Mei Moderator', role: 'moderator' });
    const row = page.getByTestId(`staff-row-${email}`);
    await expect(row).toContainText('Active');
    await expect(row.getByLabel('Role for Mei Moderator')).toHaveValue('moderator');

    // The same email again is refused, naming the email field.
    await form.getByLabel('Email').fill(email.toUpperCase());
    await form.getByLabel('Name').fill('Someone Else');
    await form.getByLabel('Initial password').fill(PASSWORD);
    await form.getByRole('button', { name: 'Add member' }).click();
    await expect(form.getByText('A staff member with this email already exists.')).toBeVisible();

    await signOut(page);
    await signIn(page, { email, password: PASSWORD });
    await expect(page).toHaveURL(/\/queue/);
    await expect(page.getByTestId('signed-in-as')).toContainText('Mei Moderator · Moderator');
    await expect(page.getByRole('link', { name: 'Queue' })).toHaveAttribute('aria-current', 'page');
    await expect(page.getByRole('link', { name: 'Staff' })).toHaveCount(0);
  });

  test('a deactivated member is shut out at once and cannot sign in again', async ({ page, browser }) => {
    const email = `gone-${unique()}@bulwark.test`;
    await signIn(page, 'admin');
    await addMember(page, { email, name: 'Soon Gone', role: 'supervisor' });

    const theirs = await browser.newContext();
    const them = await theirs.newPage();
    await signIn(them, { email, password: PASSWORD });
    await expect(them).toHaveURL(/\/queue/);

    const row = page.getByTestId(`staff-row-${email}`);
    await row.getByRole('button', { name: 'Deactivate' }).click();
    await expect(row.getByText('Deactivate Soon Gone? They lose access at once.')).toBeVisible();
    await expect(row.getByRole('button', { name: 'Yes, deactivate' })).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(row).toContainText('Deactivated');
    await expect(row.getByRole('button', { name: 'Reactivate' })).toBeVisible();

    // Their session cookie is still valid, but the next request finds the account inactive.
    await them.goto('/audit');
    await expect(them).toHaveURL(/\/sign-in/);
    await them.getByLabel('Email').fill(email);
    await them.getByLabel('Password').fill(PASSWORD);
    await them.getByRole('button', { name: 'Sign in' }).click();
    await expect(them.getByRole('alert').filter({ hasText: 'do not match' })).toBeVisible();
    await theirs.close();
  });

  test('an admin cannot deactivate or demote themselves', async ({ page }) => {
    await signIn(page, 'admin');
    await page.goto('/admin/staff');
    const me = page.getByTestId('staff-row-admin@bulwark.test');
    await expect(me).toContainText('You');
    await expect(me.getByRole('button', { name: 'Deactivate' })).toHaveCount(0);
    await expect(me.getByLabel('Role for Chen Admin')).toBeDisabled();
  });

  test('a supervisor opens the audit log and filters it', async ({ page }) => {
    await signIn(page, 'supervisor');
    await page.getByRole('link', { name: 'Audit log' }).click();
    await expect(page.getByRole('heading', { name: 'Audit log' })).toBeVisible();
    await fitsTheWidth(page);
    await expect(page.getByTestId('audit-entry').first()).toBeVisible();

    await page.getByLabel('Staff member').selectOption({ label: 'Zhao Jing (supervisor@bulwark.test)' });
    await page.getByLabel('Action', { exact: true }).fill('staff.sign_in');
    await page.getByRole('button', { name: 'Apply filters' }).click();
    await expect(page).toHaveURL(/action=staff\.sign_in/);
    const entries = page.getByTestId('audit-entry');
    await expect(entries.first()).toBeVisible();
    for (const entry of await entries.all()) {
      await expect(entry).toContainText('staff.sign_in');
      await expect(entry).toContainText('supervisor@bulwark.test');
    }
    await expect(page.getByLabel('Action', { exact: true })).toHaveValue('staff.sign_in');

    await entries.first().getByRole('button', { name: 'Show before/after' }).click();
    await expect(page.locator('pre').filter({ hasText: '"email": "supervisor@bulwark.test"' })).toBeVisible();

    // A filter that matches nothing says so.
    await page.getByLabel('Action', { exact: true }).fill('no.such.action');
    await page.getByRole('button', { name: 'Apply filters' }).click();
    await expect(page.getByText('No entries match these filters.')).toBeVisible();
  });

  test('the audit log shows recorded values as text, never as markup', async ({ page }) => {
    const email = `markup-${unique()}@bulwark.test`;
    const name = '<img src=x onerror="document.title=\'pwned\'">';
    await signIn(page, 'admin');
    await addMember(page, { email, name, role: 'moderator' });
    await page.goto(`/audit?action=staff.create`);
    const entry = page.getByTestId('audit-entry').filter({ hasText: 'staff.create' }).first();
    await entry.getByRole('button', { name: 'Show before/after' }).click();
    await expect(page.locator('pre').filter({ hasText: email })).toContainText(name.replace(/"/g, '\\"'));
    await expect(page.locator('img[src="x"]')).toHaveCount(0);
    expect(await page.title()).not.toBe('pwned');
  });

  test('an admin creates an API key, sees it once, and revokes it', async ({ page, context }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await signIn(page, 'admin');
    await page.getByRole('link', { name: 'API keys' }).click();
    await fitsTheWidth(page);

    await page.getByRole('button', { name: 'Create key' }).click();
    await expect(page.getByText('Enter a name.')).toBeVisible();

    const name = `Platform ${unique()}`;
    await page.getByLabel('Name').fill(name);
    await page.getByRole('button', { name: 'Create key' }).click();
    const panel = page.getByTestId('new-api-key-panel');
    await expect(panel).toContainText('It will not be shown again.');
    const key = await panel.getByLabel('API key').inputValue();
    expect(key).toMatch(/^bwk_[A-Za-z0-9_-]{32}$/);
    await panel.getByRole('button', { name: 'Copy' }).click();
    await expect(panel.getByRole('button', { name: 'Copied' })).toBeVisible();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(key);

    const row = page.getByTestId(`api-key-row-${key.slice(0, 10)}`);
    await expect(row).toContainText(name);
    await expect(row).toContainText('Never');
    await panel.getByRole('button', { name: 'I have stored it' }).click();
    await expect(panel).toHaveCount(0);
    await page.reload();
    await expect(page.locator('body')).not.toContainText(key.slice(10));
    await expect(row).toContainText(`${key.slice(0, 10)}…`);

    await row.getByRole('button', { name: 'Revoke' }).click();
    await row.getByRole('button', { name: 'Yes, revoke' }).click();
    await expect(row).toContainText('Revoked');
    await expect(row.getByRole('button', { name: 'Revoke' })).toHaveCount(0);
  });

  test('moderators reach neither the admin pages nor the audit log; supervisors only the audit log', async ({ asRole }) => {
    const moderator = await asRole('moderator');
    for (const path of ['/admin/staff', '/admin/api-keys', '/audit']) {
      await moderator.goto(path);
      await expect(moderator.getByRole('heading', { name: 'Not allowed' }), path).toBeVisible();
    }
    await expect(moderator.getByRole('link', { name: 'Audit log' })).toHaveCount(0);
    const supervisor = await asRole('supervisor');
    await supervisor.goto('/admin/staff');
    await expect(supervisor.getByRole('heading', { name: 'Not allowed' })).toBeVisible();
    await expect(supervisor.getByRole('link', { name: 'Staff' })).toHaveCount(0);
  });

  test('the staff page in Chinese', async ({ page }) => {
    await signIn(page, 'admin');
    await page.goto('/admin/staff');
    await page.getByLabel('Language').selectOption('zh');
    await expect(page.getByRole('heading', { name: '工作人员', level: 1 })).toBeVisible();
    await fitsTheWidth(page);
    const form = page.getByRole('form', { name: '添加工作人员' });
    await form.getByLabel('邮箱').fill('不是邮箱');
    await form.getByRole('button', { name: '添加' }).click();
    await expect(form.getByText('请输入有效的邮箱地址。')).toBeVisible();
    await expect(form.getByText('请输入姓名。')).toBeVisible();
    await expect(form.getByText('密码至少需要 12 个字符。')).toBeVisible();
    const me = page.getByTestId('staff-row-admin@bulwark.test');
    await expect(me).toContainText('本人');
    await expect(me).toContainText('在用');
    await expect(page.getByRole('columnheader', { name: '角色' })).toBeVisible();
  });
});
