import { expect, hotkeysReady, stateWhenShown, test } from './fixtures';

// A decided case becomes an accepted example and is then found by search: the library's whole loop,
// across a moderator's and an admin's browser.
test.describe.configure({ mode: 'serial' });

test('a moderator proposes an example from a decided case with a redaction; an admin accepts it; search finds it', async ({ asRole }) => {
  const moderator = await asRole('libraryModerator');
  await moderator.goto('/queue');
  await expect(moderator.locator('tbody tr').first()).toBeVisible();
  await hotkeysReady(moderator);
  await moderator.keyboard.press('c');
  await expect(moderator).toHaveURL(/\/cases\/[0-9a-f-]+$/);
  const caseUrl = new URL(moderator.url()).pathname;
  await expect(moderator.getByTestId('reported-text')).toBeVisible();
  await hotkeysReady(moderator);
  await moderator.keyboard.press('r');
  const category = moderator.getByLabel('Category');
  if (!(await category.inputValue())) await category.selectOption('insult');
  await moderator.getByTestId('confirm-decision').focus();
  await moderator.keyboard.press('Enter');
  await expect(moderator).toHaveURL(/\?done=1$/);

  await moderator.goto(caseUrl);
  await expect(moderator.getByRole('region', { name: 'Similar cases in the library' })).toBeVisible();
  await moderator.getByRole('link', { name: 'Propose as example' }).click();
  await expect(moderator.getByRole('heading', { name: 'Propose an example' })).toBeVisible();

  // Mark the first two characters as personal data, with the keyboard shortcut on a selection.
  const original = moderator.getByLabel(/Text from the evidence/);
  await original.evaluate((el: HTMLTextAreaElement) => { el.focus(); el.setSelectionRange(0, 2); });
  await moderator.keyboard.press('Alt+r');
  await expect(moderator.getByRole('status').filter({ hasText: /span(s)? marked/ })).not.toHaveText('No spans marked');
  const preview = moderator.getByTestId('redacted-preview');
  await expect(preview).toContainText('[redacted]');
  const saved = (await preview.textContent())!;
  const rationale = `e2e rationale ${Date.now()}`;
  await moderator.getByLabel(/Rationale/).fill(rationale);
  await moderator.getByLabel('Tags').fill('e2e, private-person');
  await moderator.getByRole('button', { name: 'Propose', exact: true }).click();
  await expect(moderator).toHaveURL(/\/library\/[0-9a-f-]+$/);
  const exampleUrl = new URL(moderator.url()).pathname;
  await expect(moderator.getByTestId('example-text')).toHaveText(saved);
  await expect(moderator.getByText('Proposed', { exact: true })).toBeVisible();

  const admin = await asRole('admin');
  await admin.goto('/library/review');
  await admin.locator(`a[href="${exampleUrl}"]`).click();
  await expect(admin.getByText(rationale).first()).toBeVisible();
  // The confirmation and the page's new state arrive in one render.
  const accepted = await stateWhenShown(admin, 'Accepted: the example is now in search', { selector: 'h1', hasText: ['Accepted'], count: 1 });
  await admin.getByRole('button', { name: 'Accept' }).click();
  expect(await accepted()).toBe(true);
  await expect(admin.getByText('Accepted: the example is now in search')).toBeVisible();

  // Search by a piece of the saved text after the marker: accepted examples only, newest first.
  const piece = saved.slice('[redacted]'.length, '[redacted]'.length + 6).trim();
  await moderator.goto('/library');
  await moderator.getByLabel('Search the text').fill(piece);
  await moderator.getByLabel('Search the text').press('Enter');
  await expect(moderator).toHaveURL(/\/library\?q=/);
  await expect(moderator.locator(`a[href="${exampleUrl}"]`)).toBeVisible();
});

test('the library speaks Chinese and an admin sees the proposals and export', async ({ asRole }) => {
  const admin = await asRole('admin');
  // The cookie for the whole site: a cookie given only a page's URL is scoped to that page's folder.
  await admin.context().addCookies([{ name: 'NEXT_LOCALE', value: 'zh', url: new URL('/', admin.url()).toString() }]);
  await admin.goto('/library?q=局长');
  await expect(admin.getByRole('heading', { name: '案例库' })).toBeVisible();
  await expect(admin.getByRole('status').filter({ hasText: '本页' })).toBeVisible();
  await expect(admin.getByRole('link', { name: '导出 CSV' })).toBeVisible();
  const csv = await admin.request.get('/library/export/csv');
  expect(csv.status()).toBe(200);
  expect(await csv.text()).toContain('局长');
});

test('a moderator is refused the review page and the export', async ({ asRole }) => {
  const moderator = await asRole('moderator2');
  const review = await moderator.goto('/library/review');
  expect(review?.status()).toBe(403);
  expect((await moderator.request.get('/library/export/json')).status()).toBe(403);
});

test('an admin imports a CSV: a bad row blocks the import with its line, a clean file imports as proposals', async ({ asRole }) => {
  const admin = await asRole('admin');
  await admin.goto('/library/import');
  const token = `导入测试${Date.now()}`;
  const file = (body: string) => ({ name: 'examples.csv', mimeType: 'text/csv', buffer: Buffer.from(`\uFEFFtext,label,language\n${body}`, 'utf8') });
  await admin.getByLabel('CSV file').setInputFiles(file(`"${token}, 第一条",1,zh\n,0,\n`));
  await expect(admin.getByText('1 row is invalid')).toBeVisible();
  await expect(admin.getByRole('cell', { name: 'text is empty' })).toBeVisible();
  await expect(admin.getByRole('button', { name: /Import 1 example/ })).toBeDisabled();

  await admin.getByLabel('CSV file').setInputFiles(file(`"${token}, 第一条",1,zh\n"${token}\n第二条",0,\n`));
  await expect(admin.getByText('2 rows are valid')).toBeVisible();
  await admin.getByRole('button', { name: 'Import 2 examples' }).click();
  await expect(admin.getByText('2 examples imported as proposals.')).toBeVisible();

  await admin.goto(`/library?status=proposed&q=${encodeURIComponent(token)}`);
  await expect(admin.getByRole('status').filter({ hasText: '2 examples on this page' })).toBeVisible();
});
