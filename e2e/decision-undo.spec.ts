import { expect, hotkeysReady, test } from './fixtures';
import { fileReport } from './support-reports';

// A decision can be corrected: its moderator undoes it within the window (the case comes back to
// them, claimed), and afterwards a supervisor reverses it with a reason. Both ask first.
test('a moderator undoes a removal, then a supervisor reverses a warning with a reason', async ({ asRole, request }) => {
  const { caseId } = await fileReport(request);
  const page = await asRole('undoModerator');
  await page.goto(`/cases/${caseId}`);
  await page.getByRole('button', { name: 'Claim this case' }).click();
  await expect(page.getByTestId('lease-status')).toContainText('Yours for');
  // The workbench remounts once the claim is on the server: wait for its panel before choosing.
  await expect(page.getByTestId('decision-panel')).toBeVisible();
  await hotkeysReady(page);
  // Decide "Remove": the page then moves on to the next case, claimed.
  await page.getByRole('button', { name: /^Remove/ }).click();
  const category = page.getByLabel('Category');
  if (!(await category.inputValue())) await category.selectOption('insult');
  await page.getByTestId('confirm-decision').click();
  await expect(page).toHaveURL(/done=1/);

  await page.goto(`/cases/${caseId}`);
  const undo = page.getByRole('button', { name: /^Undo \(\d:\d\d left\)$/ });
  await expect(undo).toBeVisible();
  // Cancelling the dialog changes nothing.
  await undo.click();
  await expect(page.getByRole('dialog', { name: 'Undo this decision?' })).toContainText('a removal or fold no longer counts as a strike');
  await page.getByRole('button', { name: 'Cancel' }).click();
  await expect(page.getByText('Decided: Remove')).toBeVisible();
  await undo.click();
  await page.getByRole('dialog').getByRole('button', { name: 'Undo decision' }).click();

  // Back in hand, as before the decision; the history keeps the decision, struck through, and says who undid it.
  await expect(page.getByTestId('lease-status')).toContainText('Yours for');
  await expect(page.getByTestId('decision-panel')).toBeVisible();
  await expect(page.getByTestId('decision-undone')).toContainText('Undone by E2E undo');
  await expect(undo).toBeHidden();

  // Decided again, as a warning.
  await hotkeysReady(page);
  await page.getByRole('button', { name: /^Warn the account/ }).click();
  if (!(await category.inputValue())) await category.selectOption('insult');
  await page.getByTestId('confirm-decision').click();
  await expect(page).toHaveURL(/done=1/);
  // Hand back the case claim-next gave, so that other specs find the queue as they expect.
  await page.getByRole('button', { name: 'Release' }).click();

  const sup = await asRole('supervisor');
  await sup.goto(`/cases/${caseId}`);
  await expect(sup.getByText('Decided: Warn the account')).toBeVisible();
  await expect(sup.getByRole('button', { name: /^Undo/ })).toBeHidden();
  await sup.getByRole('button', { name: 'Reverse decision' }).click();
  await sup.getByLabel('Why is it reversed?').fill('The "warning" was for a quote of the reporter, not the poster.');
  await sup.getByRole('button', { name: 'Reverse decision' }).click();
  const dialog = sup.getByRole('dialog', { name: 'Reverse this decision?' });
  await expect(dialog).toContainText('by E2E undo is reversed');
  await dialog.getByRole('button', { name: 'Reverse decision' }).click();

  await expect(sup.getByTestId('decision-undone').last()).toContainText('Reversed by');
  await expect(sup.getByTestId('decision-undone').last()).toContainText('not the poster.');
  await expect(sup.getByTestId('lease-status')).toContainText('Nobody holds this case.');
  await expect(sup.getByRole('button', { name: 'Reverse decision' })).toBeHidden();
});

test('on a phone the undo button is a big touch target and the page does not scroll sideways', async ({ browser, request }) => {
  const { caseId } = await fileReport(request);
  const context = await browser.newContext({ viewport: { width: 390, height: 844 } });
  const page = await context.newPage();
  const { signIn } = await import('./fixtures');
  await signIn(page, 'undoModerator');
  await page.goto(`/cases/${caseId}`);
  await page.getByRole('button', { name: 'Claim this case' }).click();
  await expect(page.getByTestId('decision-panel')).toBeVisible();
  await page.getByRole('button', { name: /^Not a violation/ }).click();
  await page.getByLabel('Insufficient evidence').check();
  await page.getByTestId('confirm-decision').click();
  await expect(page).toHaveURL(/done=1/);
  await page.getByRole('button', { name: 'Release' }).click().catch(() => {});
  await page.goto(`/cases/${caseId}`);
  const undo = page.getByRole('button', { name: /^Undo \(/ });
  await expect(undo).toBeVisible();
  expect((await undo.boundingBox())!.height).toBeGreaterThanOrEqual(44);
  expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth + 1)).toBe(true);
  await undo.click();
  await page.getByRole('dialog').getByRole('button', { name: 'Undo decision' }).click();
  await expect(page.getByTestId('lease-status')).toContainText('Yours for');
  await page.getByRole('button', { name: 'Release' }).click();
  await context.close();
});
