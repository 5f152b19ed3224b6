import type { Page } from '@playwright/test';
import { expect, hotkeysReady, test } from './fixtures';

// Runs against the demo seed, where version 1 of the standards is published. The first test
// publishes version 2; the second leaves a draft behind.
test.describe.configure({ mode: 'serial' });

async function openDraft(page: Page) {
  await page.goto('/standards/draft');
  const start = page.getByRole('button', { name: 'Start a draft' });
  if (await start.count()) await start.click();
  await expect(page.getByTestId('editor-insult')).toBeVisible();
}

test.describe('classification standards', () => {
  test('an admin edits a category, sees the diff and publishes; a moderator\'s case page shows the new text', async ({ asRole }) => {
    const marker = `Includes mocking a person's name ${Date.now()}.`;
    const admin = await asRole('admin');
    await openDraft(admin);
    const editor = admin.getByTestId('editor-insult');
    await editor.getByLabel('Severity').selectOption('3');
    await expect(admin.getByTestId('save-state-insult')).toHaveText('Saved');
    const definition = editor.getByLabel('Definition (English)');
    await definition.fill(`${await definition.inputValue()} ${marker}`);
    await expect(admin.getByTestId('save-state-insult')).toHaveText('Unsaved changes');
    // Straight to the diff, before the pause that would save it: the link saves first.
    await admin.getByRole('main').getByRole('link', { name: 'Review changes and publish' }).first().click();
    await expect(admin).toHaveURL(/\/standards\/draft\/diff$/);
    const diff = admin.getByTestId('diff-insult');
    await expect(diff.getByText('Changed')).toBeVisible();
    await expect(diff.getByTestId('diff-field-definitionEn').getByTestId('diff-after').locator('ins')).toContainText(marker);
    await expect(diff.getByTestId('diff-field-severity').getByTestId('diff-before')).toHaveText('2');
    await expect(diff.getByTestId('diff-field-severity').getByTestId('diff-after')).toHaveText('3');
    await expect(admin.getByTestId('diff-rumour')).toHaveCount(0);

    await admin.getByLabel('Change note').fill('Insult: name-mocking is an indicator; severity raised.');
    await admin.getByRole('button', { name: 'Publish version 2' }).click();
    await admin.getByRole('dialog', { name: 'Publish version 2?' }).getByRole('button', { name: 'Publish' }).click();
    await expect(admin).toHaveURL(/\/standards$/);
    await expect(admin.getByTestId('version-heading')).toContainText('Version 2');
    await expect(admin.getByTestId('standard-insult')).toContainText(marker);
    await admin.goto('/standards/history');
    await expect(admin.getByTestId('version-2')).toContainText('severity raised');
    await expect(admin.getByTestId('version-1')).toBeVisible();
    await admin.getByTestId('version-2').getByRole('link', { name: 'What changed' }).click();
    await expect(admin.getByTestId('diff-insult').getByTestId('diff-field-definitionEn').locator('ins')).toContainText(marker);

    const moderator = await asRole('standardsModerator');
    await moderator.goto('/queue');
    await moderator.getByRole('button', { name: /Claim next/ }).click();
    await expect(moderator).toHaveURL(/\/cases\/[0-9a-f-]+$/);
    await hotkeysReady(moderator);
    await moderator.keyboard.press('r');
    await moderator.getByLabel('Category').selectOption('insult');
    const guidance = moderator.getByTestId('standards-guidance');
    await expect(guidance).toContainText(marker);
    await expect(guidance).toContainText('Not cyberviolence');
    await expect(guidance).toContainText('Standards version 2');
    await moderator.getByLabel('Category').selectOption('threat');
    await expect(guidance).toContainText('Threatening violence');

    // Moderators read the same version in Chinese.
    await moderator.goto('/standards');
    await moderator.getByLabel('Language').selectOption('zh');
    await expect(moderator.getByTestId('version-heading')).toContainText('第 2 版');
    await expect(moderator.getByTestId('standard-insult')).toContainText('侮辱谩骂');
    await expect(moderator.getByTestId('standard-insult')).toContainText('不属于网络暴力：舆论监督与批评');
    await expect(moderator.getByRole('link', { name: '编辑草稿' })).toHaveCount(0);
  });

  test('the editor shows validation errors inline, and publishing names what is missing', async ({ asRole }) => {
    const admin = await asRole('admin');
    await openDraft(admin);
    const editor = admin.getByTestId('editor-rumour');
    await editor.getByLabel('Due time (minutes)').fill('1');
    await editor.getByLabel('Name (English)').fill('');
    await expect(editor.getByText('Enter whole minutes between 5 and 10080')).toBeVisible();
    await expect(editor.getByText('Required.')).toBeVisible();
    await expect(editor.getByLabel('Due time (minutes)')).toHaveAttribute('aria-invalid', 'true');
    await expect(admin.getByTestId('save-state-rumour')).toHaveText('');
    await editor.getByLabel('Name (English)').fill('Rumour');
    await editor.getByLabel('Due time (minutes)').fill('600');
    await expect(admin.getByTestId('save-state-rumour')).toHaveText('Saved');
    await expect(editor.getByRole('alert')).toHaveCount(0);

    await admin.getByLabel('Identifier (lowercase letters, digits, _)').fill('Bad Id');
    await admin.getByRole('button', { name: 'Add category' }).click();
    await expect(admin.getByText('Use 2–40 lowercase letters')).toBeVisible();
    await admin.getByLabel('Identifier (lowercase letters, digits, _)').fill('stalking');
    await admin.getByLabel('Name (English)').last().fill('Stalking');
    await admin.getByLabel('Name (Chinese)').last().fill('跟踪骚扰');
    await admin.getByRole('button', { name: 'Add category' }).click();
    const added = admin.getByTestId('editor-stalking');
    await expect(added).toBeVisible();
    await expect(added.getByText('Needed before publishing.').first()).toBeVisible();

    await admin.goto('/standards/draft/diff');
    await expect(admin.getByTestId('diff-stalking')).toContainText('Added');
    // Publishing asks first; what blocks it is named after the admin confirms.
    const publish = async () => {
      await admin.getByRole('button', { name: /Publish version/ }).click();
      await admin.getByRole('dialog', { name: /^Publish version \d+\?$/ }).getByRole('button', { name: 'Publish' }).click();
    };
    await publish();
    await expect(admin.getByText('Write a change note.')).toBeVisible();
    await admin.getByLabel('Change note').fill('Add stalking');
    await publish();
    await expect(admin.getByRole('link', { name: /Stalking: Definition \(English\) Required/ })).toBeVisible();
    await expect(admin).toHaveURL(/\/standards\/draft\/diff$/);
  });
});
