import fs from 'node:fs';
import path from 'node:path';
import { expect, stateWhenShown, test } from './fixtures';

// Demo accounts only this spec acts on (scripts/seed/demo-accounts.ts), so other specs never see its changes.
const CLOSURE_ACCOUNT = 'spam_ring_01';
const APPEAL_ACCOUNT = 'mislabelled_01';
const port = process.env.E2E_PORT ?? '3100';
const apiKey = () => fs.readFileSync(path.resolve('test-results', `e2e-api-key-${port}.txt`), 'utf8').trim();

test.describe('sanctions', () => {
  test('a moderator proposes a closure, a supervisor approves it from the approvals queue, and the account is closed', async ({ asRole }) => {
    const moderator = await asRole('moderator');
    await moderator.goto(`/accounts/${CLOSURE_ACCOUNT}`);
    await expect(moderator.getByTestId('ladder-suggestion')).toContainText(/ladder suggests/i);
    await moderator.getByLabel('Role in the case').selectOption('originator');
    await expect(moderator.getByTestId('suggestion-reasons')).toContainText('Role: Originator');
    await moderator.getByLabel('Sanction', { exact: true }).selectOption('closure');
    await expect(moderator.getByText(/needs a second supervisor/i)).toBeVisible();
    await moderator.getByLabel('Reason', { exact: true }).fill('Coordinated spam ring posting the target\'s phone number');
    const listed = await stateWhenShown(moderator, 'Proposed: it waits in the list below', { selector: '[data-testid="sanction"]', hasText: ['Account closure', 'Waiting for approval'], count: 1 });
    await moderator.getByRole('button', { name: 'Propose for approval' }).click();
    expect(await listed()).toBe(true);
    const proposed = moderator.getByTestId('sanction').filter({ hasText: 'Account closure' });
    await expect(proposed).toContainText('Waiting for approval');

    const supervisor = await asRole('supervisor');
    await supervisor.goto('/approvals');
    await supervisor.getByRole('link', { name: /Close account @deals_deals_deals/ }).click();
    await supervisor.waitForURL(new RegExp(`/accounts/${CLOSURE_ACCOUNT}`));
    const item = supervisor.getByTestId('sanction').filter({ hasText: 'Account closure' });
    await item.getByLabel('Reason for your decision').fill('Phone numbers in every post: close it');
    await item.getByRole('button', { name: 'Approve' }).click();
    await supervisor.getByRole('dialog', { name: 'Approve this account closure?' }).getByRole('button', { name: 'Approve' }).click();
    await expect(item).toContainText('Active');
    await expect(supervisor.getByRole('heading', { level: 1 })).toContainText('Closed');

    // The proposer sees the outcome too.
    await moderator.reload();
    await expect(moderator.getByRole('heading', { level: 1 })).toContainText('Closed');
  });

  test('an appeal filed through the API is overturned by a supervisor who took no part, reversing the sanction', async ({ asRole, request }) => {
    const supervisor2 = await asRole('supervisor2');
    await supervisor2.goto(`/accounts/${APPEAL_ACCOUNT}`);
    const item = supervisor2.getByTestId('sanction').filter({ hasText: 'Mute' });
    await expect(item).toContainText('Active');
    const reference = (await item.textContent())!.match(/SAN-[0-9A-F]{8}/)![0];

    const filed = await request.post('/api/v1/appeals', {
      headers: { authorization: `Bearer ${apiKey()}` },
      data: { externalId: `e2e-appeal-${reference}`, reference, statement: 'I posted the screenshot to report the insults, not to repeat them.' },
    });
    expect(filed.status()).toBe(201);

    await supervisor2.reload();
    const appeal = item.getByTestId('appeal');
    await expect(appeal).toContainText('I posted the screenshot to report the insults');
    await appeal.getByLabel('Reason for your decision').fill('The screenshot was shared to report the abuse');
    await appeal.getByRole('button', { name: 'Overturn' }).click();
    await expect(appeal).toContainText('Overturned');
    await expect(item).toContainText('Reversed');
    await expect(supervisor2.getByTestId('sanction').filter({ hasText: 'Mute' }).getByText('Strike', { exact: true })).toHaveCount(0);
  });
});
