import { expect, test } from './fixtures';

// The core flows on a phone (390 × 844): the queue as cards with the reported text in view, the case
// page stacked as content, then decision, then standards, with touch-sized decision keys.

// Where an element sits on the page, whatever has scrolled since (bounding boxes are viewport-relative).
const pageTop = (l: import('@playwright/test').Locator) => l.evaluate((el) => el.getBoundingClientRect().top + window.scrollY);
const noSidewaysScroll = async (page: import('@playwright/test').Page) =>
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);

test('the queue is a card list that shows the reported text', async ({ asRole }) => {
  const page = await asRole('moderator2');
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto('/queue');
  const card = page.locator('tbody tr').first();
  await expect(card).toBeVisible();
  const text = card.getByRole('link').first();
  await expect(text).toBeVisible();
  const box = (await text.boundingBox())!;
  // The text spans the card, not a sliver of a squeezed column.
  expect(box.width).toBeGreaterThan(250);
  // The header row is left to screen readers: on a card each figure carries its own label.
  expect(await page.locator('thead').evaluate((el) => el.getBoundingClientRect().height)).toBeLessThanOrEqual(1);
  await noSidewaysScroll(page);
});

test('the case page stacks content, decision and standards, with big decision keys', async ({ asRole }) => {
  const page = await asRole('decisionsModerator');
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto('/queue');
  await page.getByRole('button', { name: /Claim next/ }).click();
  await expect(page).toHaveURL(/\/cases\/[0-9a-f-]+$/);
  const content = (await page.getByTestId('reported-text').boundingBox())!;
  expect(content.width).toBeGreaterThan(250);
  const remove = page.getByRole('button', { name: /^Remove/ });
  const decision = (await remove.boundingBox())!;
  const decisionTop = await pageTop(remove);
  expect(decisionTop).toBeGreaterThan(await pageTop(page.getByTestId('reported-text')));
  expect(decision.height).toBeGreaterThanOrEqual(44);
  await remove.click();
  const category = page.getByLabel('Category');
  if (!(await category.inputValue())) await category.selectOption('insult');
  expect(await pageTop(page.getByTestId('standards-guidance'))).toBeGreaterThan(decisionTop);
  await noSidewaysScroll(page);
  await page.getByRole('button', { name: 'Release' }).click();
  await expect(page).toHaveURL(/\/queue$/);
});
