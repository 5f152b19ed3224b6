import { expect, test } from './fixtures';
import { fileReport } from './support-reports';

// A reporter's history and accuracy, reached from a case's reports; a supervisor mutes an abusive
// reporter with a reason (their new reports sink to the bottom) and unmutes them.
test('from a case to its reporter: history, accuracy, mute and unmute', async ({ asRole, request }) => {
  const reporter = `e2e-spammer-${Date.now().toString(36)}`;
  const { caseId } = await fileReport(request, { reporter });
  await fileReport(request, { reporter });

  const mod = await asRole('moderator2');
  await mod.goto(`/cases/${caseId}`);
  await mod.getByRole('link', { name: `Reporter history of ${reporter}` }).click();
  await expect(mod).toHaveURL(new RegExp(`/reporters/${reporter}$`));
  await expect(mod.getByTestId('reporter-record')).toContainText('2 reports');
  await expect(mod.getByTestId('reporter-accuracy')).toHaveText('Not known until a report is decided');
  await expect(mod.getByRole('link', { name: caseId.slice(0, 8) })).toBeVisible();
  // A moderator sees the mute state but cannot change it.
  await expect(mod.getByTestId('reporter-mute')).toContainText('Only a supervisor mutes or unmutes a reporter.');

  const sup = await asRole('supervisor');
  await sup.goto(`/reporters/${reporter}`);
  const mute = sup.getByTestId('reporter-mute');
  await expect(mute).toContainText('Not muted');
  await mute.getByLabel('Reason').fill('Forty reports an hour on one creator.');
  await mute.getByRole('button', { name: 'Mute reporter' }).click();
  const dialog = sup.getByRole('dialog', { name: 'Mute this reporter?' });
  await expect(dialog).toContainText('go to the bottom of the queue');
  await dialog.getByRole('button', { name: 'Mute reporter' }).click();
  await expect(mute).toContainText('Reporter muted.');
  await expect(mute.getByText('Muted', { exact: true })).toBeVisible();
  await expect(mute).toContainText('Forty reports an hour on one creator.');

  // The rule at intake: their next report opens a case at the bottom of the queue.
  const next = await fileReport(request, { reporter });
  expect(next.priority).toBe(0);

  await mute.getByLabel('Reason').fill('They stopped.');
  await mute.getByRole('button', { name: 'Unmute reporter' }).click();
  await sup.getByRole('dialog').getByRole('button', { name: 'Unmute reporter' }).click();
  await expect(mute).toContainText('Reporter unmuted.');
  await expect(mute).toContainText('Not muted');
  await expect(mute).toContainText('They stopped.');
});

test('the reporter page at phone width, in Chinese', async ({ browser, request }) => {
  const reporter = `e2e-zh-reporter-${Date.now().toString(36)}`;
  await fileReport(request, { reporter });
  const context = await browser.newContext({ viewport: { width: 390, height: 844 } });
  const page = await context.newPage();
  const { signIn } = await import('./fixtures');
  await signIn(page, 'supervisor');
  await page.goto(`/reporters/${reporter}`);
  await page.getByLabel('Language').selectOption('zh');
  await expect(page.getByText('准确率', { exact: true })).toBeVisible();
  await expect(page.getByRole('button', { name: '静音举报人' })).toBeVisible();
  expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth + 1)).toBe(true);
  await context.close();
});
