import { expect, test } from './fixtures';
import { fileReport } from './support-reports';

// Internal notes on a case and on an account, and tags on accounts: staff-only, shown as plain text,
// kept with author and time; tags filter the accounts list.
test('a note on a case and on the account, and a tag that filters /accounts', async ({ asRole, request }) => {
  const poster = `e2e-tagged-${Date.now().toString(36)}`;
  const { caseId } = await fileReport(request, { subject: poster });
  const page = await asRole('moderator2');

  await page.goto(`/cases/${caseId}`);
  const caseNotes = page.getByTestId('notes-case');
  await expect(caseNotes).toContainText('No notes yet.');
  const hostile = '<img src=x onerror=alert(1)> same wording as last week';
  await caseNotes.getByLabel('Add a note').fill(hostile);
  await caseNotes.getByRole('button', { name: 'Add note' }).click();
  await expect(caseNotes.getByText(hostile)).toBeVisible();
  await expect(caseNotes).toContainText('Sam Reyes');
  await expect(caseNotes.locator('img')).toHaveCount(0);

  await page.goto(`/accounts/${poster}`);
  const accountNotes = page.getByTestId('notes-account');
  // Keyboard only: focus the box, type, Tab to the button, Enter.
  await accountNotes.getByLabel('Add a note').focus();
  await page.keyboard.type('Runs three alt accounts.');
  await page.keyboard.press('Tab');
  await page.keyboard.press('Enter');
  await expect(accountNotes.getByText('Runs three alt accounts.')).toBeVisible();

  const tags = page.getByTestId('account-tags');
  await tags.getByLabel('Add a tag').fill('  Spam Ring ');
  await tags.getByRole('button', { name: 'Add tag' }).click();
  await expect(tags.getByRole('link', { name: 'spam-ring' })).toBeVisible();
  await expect(tags).toContainText('Tag spam-ring added.');

  await tags.getByRole('link', { name: 'spam-ring' }).click();
  await expect(page).toHaveURL(/\/accounts\?tag=spam-ring/);
  await expect(page.getByLabel('Tag', { exact: true })).toHaveValue('spam-ring');
  await expect(page.getByRole('link', { name: new RegExp(poster) }).first()).toBeVisible();

  await page.goto(`/accounts/${poster}`);
  await page.getByTestId('account-tags').getByRole('button', { name: 'Remove tag spam-ring' }).click();
  await expect(page.getByTestId('account-tags')).toContainText('No tags yet.');
});

test('in Chinese and at phone width', async ({ browser, request }) => {
  const poster = `e2e-zh-${Date.now().toString(36)}`;
  await fileReport(request, { subject: poster });
  const context = await browser.newContext({ viewport: { width: 390, height: 844 } });
  const page = await context.newPage();
  const { signIn } = await import('./fixtures');
  await signIn(page, 'moderator2');
  await page.goto(`/accounts/${poster}`);
  await page.getByLabel('Language').selectOption('zh');
  await expect(page.getByRole('heading', { name: '标签', exact: true })).toBeVisible();
  await page.getByLabel('添加标签').fill('刷量 团伙');
  await page.getByRole('button', { name: '添加标签', exact: true }).click();
  await expect(page.getByTestId('account-tags').getByRole('link', { name: '刷量-团伙' })).toBeVisible();
  await expect(page.getByRole('heading', { name: '该账号的内部备注', exact: true })).toBeVisible();
  expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth + 1)).toBe(true);
  await context.close();
});
