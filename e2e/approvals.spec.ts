import { randomUUID } from 'node:crypto';
import { expect, test } from './fixtures';

// Everything waiting for a second supervisor is on /approvals, disclosures included; and a disclosure
// edited in one language asks for the other before it goes on (issue 13).
const tag = randomUUID().slice(0, 8);
const titleEn = `Handling of the campus rumours ${tag}`;
const titleZh = `校园谣言处置情况 ${tag}`;

test('a disclosure edited in English only asks before submitting, then waits on /approvals in both languages', async ({ asRole }) => {
  const author = await asRole('moderator');
  await author.goto('/incidents');
  await author.locator('main a[href^="/incidents/"]').first().click();
  await expect(author).toHaveURL(/\/incidents\/[0-9a-f-]{36}$/);
  await author.getByRole('button', { name: 'Draft a disclosure' }).click();
  await author.getByLabel('Title (English)').fill(titleEn);
  await author.getByLabel('Title (Chinese)').fill(titleZh);
  await author.getByRole('button', { name: 'Save draft' }).click();
  await expect(author).toHaveURL(/\/disclosures\/[0-9a-f-]{36}$/);

  const english = author.getByLabel('Text (English)');
  await english.fill(`${await english.inputValue()}\nThe platform also pinned an official statement.`);
  await author.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(author.getByTestId('language-lag')).toContainText('The English text was changed and the Chinese was not');

  await author.getByRole('button', { name: 'Submit for review' }).click();
  const dialog = author.getByRole('dialog', { name: 'Only the English text was changed' });
  await expect(dialog).toBeVisible();
  await dialog.getByRole('button', { name: 'Cancel' }).click();
  await expect(author.getByRole('button', { name: 'Submit for review' })).toBeVisible();
  await author.getByRole('button', { name: 'Submit for review' }).click();
  await dialog.getByRole('button', { name: 'Submit as it is' }).click();
  await expect(author.getByText('Waiting for a supervisor other than you to review it.')).toBeVisible();

  const supervisor = await asRole('supervisor');
  await supervisor.goto('/approvals');
  const row = supervisor.getByRole('row', { name: new RegExp(`Review disclosure "${titleEn}"`) });
  await expect(row).toContainText('Disclosure');
  await supervisor.context().addCookies([{ name: 'NEXT_LOCALE', value: 'zh', url: new URL('/', supervisor.url()).toString() }]);
  await supervisor.reload();
  await supervisor.getByRole('link', { name: `审核信息公开“${titleZh}”` }).click();
  await expect(supervisor).toHaveURL(/\/disclosures\/[0-9a-f-]{36}$/);
  await supervisor.context().addCookies([{ name: 'NEXT_LOCALE', value: 'en', url: new URL('/', supervisor.url()).toString() }]);
});
