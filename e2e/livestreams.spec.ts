import { expect, test } from './fixtures';

// Uses the demo rooms "Morning yoga 晨间瑜伽" and "Emma Walsh: the truth, live" (scripts/seed/demo-livestreams.ts),
// which no other spec touches.
test.describe.configure({ mode: 'serial' });

test('a moderator stops a live room with a reason', async ({ asRole }) => {
  const page = await asRole('moderator');
  await page.goto('/livestreams');
  await expect(page.getByTestId('room-row').first()).toContainText('Self-harm');
  await page.getByRole('link', { name: 'Morning yoga 晨间瑜伽' }).click();
  await page.getByLabel('Reason for stopping').fill('Stream used to coordinate a pile-on');
  await page.getByRole('button', { name: 'Stop the room' }).click();
  await expect(page.getByRole('heading', { name: /Morning yoga/ })).toContainText('Stopped');
  await expect(page.getByText('Stream used to coordinate a pile-on')).toBeVisible();
});

test('a host ban needs a second supervisor: the proposer cannot decide, another supervisor approves', async ({ asRole }) => {
  const proposer = await asRole('supervisor');
  await proposer.goto('/livestreams?watched=');
  await proposer.getByRole('link', { name: 'Emma Walsh: the truth, live' }).click();
  await expect(proposer.getByText('You proposed this: another supervisor must decide.')).toBeVisible();

  const second = await asRole('supervisor2');
  await second.goto(proposer.url());
  const ban = second.getByTestId('host-ban').first();
  await ban.getByLabel('Reason for the decision').fill('Repeated incitement against a private person');
  await ban.getByRole('button', { name: 'Approve the ban' }).click();
  await expect(ban).toContainText('Approved');
  await expect(ban).toContainText('Repeated incitement against a private person');
});
