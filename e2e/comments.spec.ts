import { expect, stateWhenShown, test } from './fixtures';

// Uses the demo post "post-demo-hiking" (scripts/seed/demo-comments.ts): three "#spamwave" comments.
// The spec folds them and undoes it, so the post ends as it began.
test('a moderator folds comments by search under a post after a preview, then undoes it', async ({ asRole }) => {
  const page = await asRole('moderator');
  await page.goto('/posts');
  await page.getByRole('link', { name: 'post-demo-hiking' }).click();
  await expect(page.getByRole('heading', { name: 'Post post-demo-hiking' })).toBeVisible();

  await page.getByLabel('Text contains').fill('#spamwave');
  await page.getByRole('button', { name: 'Preview' }).click();
  await expect(page.getByTestId('bulk-preview')).toContainText('3 visible comments would be folded');
  await expect(page.getByTestId('comment')).toHaveCount(3);

  await page.getByLabel('Reason (recorded and sent to the platform)').fill('Spam wave under a private post');
  const folded = await stateWhenShown(page, 'Done: 3 comments changed.', { selector: '[data-testid="comment"][data-state="folded"]', count: 3 });
  await page.getByRole('button', { name: 'Fold 3 comments' }).click();
  // "Done" and the folded comments in one render, not a "Done" above the old list.
  expect(await folded()).toBe(true);
  await expect(page.locator('[data-testid="comment"][data-state="folded"]')).toHaveCount(3);

  const action = page.getByTestId('comment-action').first();
  await expect(action).toContainText('Folded 3');
  await action.getByRole('button', { name: 'Undo' }).click();
  // Undoing a bulk action asks first, saying how many comments come back.
  const ask = page.getByRole('dialog', { name: 'Undo this bulk action?' });
  await expect(ask).toContainText('3 comments are shown again');
  await ask.getByRole('button', { name: 'Undo' }).click();
  await expect(action).toContainText('Undone');
  await expect(page.locator('[data-testid="comment"][data-state="visible"]')).toHaveCount(3);
});

test('flagged comments show the library example each was found near', async ({ asRole }) => {
  const page = await asRole('moderator');
  await page.goto('/posts');
  await page.getByRole('link', { name: 'post-demo-emma-update' }).click();
  const nearest = page.getByTestId('comment').getByTestId('nearest-example');
  await expect(nearest).toHaveCount(3);
  await expect(nearest.first().getByRole('link')).toHaveAttribute('href', /^\/library\/[0-9a-f-]{36}$/);
});
