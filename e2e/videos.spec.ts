import { expect, hotkeysReady, stateWhenShown, test } from './fixtures';

// Uses the demo video "vid-demo-kitten-rescue" (scripts/seed/demo-videos.ts), which no other spec touches.
test('a moderator approves a held video with a reason and it leaves the queue; self-harm comes first', async ({ asRole }) => {
  const page = await asRole('moderator');
  await page.goto('/videos');
  const cards = page.locator('[data-video-card]');
  await expect(cards.first()).toContainText('Self-harm risk');

  // j moves between videos from the keyboard.
  await cards.first().focus();
  await hotkeysReady(page);
  await page.keyboard.press('j');
  await expect(cards.nth(1)).toBeFocused();

  const kitten = cards.filter({ has: page.getByRole('heading', { name: 'Kitten rescue compilation 小猫救援合集' }) });
  await expect(kitten).toHaveCount(1);
  await kitten.getByLabel('Reason for the decision').fill('Rescue footage, no violence against anyone');
  // The list says what became of the video, and the card is gone, in the same render.
  const gone = await stateWhenShown(page, 'Approved and published: Kitten rescue', { selector: '[data-video-card]', hasText: ['Kitten rescue compilation'], count: 0 });
  await kitten.getByRole('button', { name: 'Approve and publish' }).click();
  expect(await gone()).toBe(true);
  await expect(kitten).toHaveCount(0);

  await page.getByRole('link', { name: 'Recently decided' }).click();
  const decided = page.locator('[data-video-card]').filter({ has: page.getByRole('heading', { name: 'Kitten rescue compilation 小猫救援合集' }) });
  await expect(decided).toContainText('Approved');
  await expect(decided).toContainText('Rescue footage, no violence against anyone');
});

test('a flagged video shows the library example it was found near, linking to it', async ({ asRole }) => {
  const page = await asRole('moderator');
  await page.goto('/videos');
  const card = page.locator('[data-video-card]').filter({ has: page.getByRole('heading', { name: 'Why are you still alive' }) });
  const nearest = card.getByTestId('nearest-example');
  await expect(nearest).toContainText('Nearest library example:');
  await expect(nearest).toContainText('Violation');
  await expect(nearest.getByRole('link')).toHaveAttribute('href', /^\/library\/[0-9a-f-]{36}$/);
});
