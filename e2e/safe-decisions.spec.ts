import { expect, hotkeysReady, test } from './fixtures';

// Shortcut letters typed as a note, or pressed while Confirm has focus, must never change or send
// the decision: what is recorded is what the moderator chose, with the note they typed.
test('a note containing every shortcut letter records the decision that was chosen', async ({ asRole }) => {
  const page = await asRole('decisionsModerator');
  await page.goto('/queue');
  await page.getByRole('button', { name: /Claim next/ }).click();
  await expect(page).toHaveURL(/\/cases\/[0-9a-f-]+$/);
  const id = page.url().split('/').pop()!;
  await hotkeysReady(page);

  await page.keyboard.press('f');
  const fold = page.getByRole('button', { name: /^Fold/, pressed: true });
  await expect(fold).toBeVisible();
  const noteField = page.getByLabel('Note (optional)');
  // Choosing puts the caret in the note: typing straight away writes the note.
  await expect(noteField).toBeFocused();
  const category = page.getByLabel('Category');
  if (!(await category.inputValue())) await category.selectOption('insult');

  // Letters while Confirm has focus switch nothing and send nothing.
  await page.getByTestId('confirm-decision').focus();
  await page.keyboard.type('thenrwe123', { delay: 10 });
  await expect(fold).toBeVisible();
  await expect(page).toHaveURL(new RegExp(`/cases/${id}$`));

  const note = 'the fold: never remove, warn or escalate; n f r w e c j k o 1 2 3 ?';
  await noteField.click();
  await page.keyboard.type(note, { delay: 5 });
  await expect(fold).toBeVisible();
  await expect(noteField).toHaveValue(note);
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\?done=1$/);

  await page.goto(`/cases/${id}`);
  await expect(page.getByText('Decided: Fold')).toBeVisible();
  await expect(page.getByText(note)).toBeVisible();
});

test('claiming while holding another case says which, and offers to go back or switch', async ({ asRole }) => {
  const page = await asRole('decisionsModerator');
  await page.goto('/queue');
  await page.getByRole('button', { name: /Claim next/ }).click();
  await expect(page).toHaveURL(/\/cases\/[0-9a-f-]+$/);
  const held = page.url().split('/').pop()!;

  await page.goto('/queue');
  const other = page.locator('tbody tr:not([data-held])').first();
  const otherId = (await other.getAttribute('data-case-id'))!;
  expect(otherId).not.toBe(held);
  await page.goto(`/cases/${otherId}`);
  await page.getByRole('button', { name: 'Claim this case' }).click();
  const alert = page.getByRole('alert').filter({ hasText: `You already hold case ${held.slice(0, 8)}` });
  await expect(alert).toBeVisible();
  await expect(alert.getByRole('link', { name: 'Go back to it' })).toHaveAttribute('href', `/cases/${held}`);
  await alert.getByRole('button', { name: 'Release it and take this one' }).click();
  await expect(page.getByTestId('lease-status')).toContainText('Yours for');
  await page.getByRole('button', { name: 'Release' }).click();
  await expect(page).toHaveURL(/\/queue$/);
});
