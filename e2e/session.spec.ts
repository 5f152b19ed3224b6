import { expect, signIn, test } from './fixtures';

const sessionCookie = async (page: import('@playwright/test').Page) =>
  (await page.context().cookies()).find((c) => c.name.endsWith('authjs.session-token'));

test('a session ends after 30 idle minutes and every console request rolls that window forward', async ({ page }) => {
  await signIn(page, 'moderator');
  const first = await sessionCookie(page);
  expect(first, 'session cookie').toBeDefined();
  const idleMinutes = (first!.expires * 1000 - Date.now()) / 60_000;
  expect(idleMinutes).toBeGreaterThan(28);
  expect(idleMinutes).toBeLessThanOrEqual(30.5);

  await page.waitForTimeout(2_000);
  await page.goto('/queue');
  const later = await sessionCookie(page);
  expect(later!.expires).toBeGreaterThan(first!.expires);
});

test('signing out ends the session: console pages send the browser back to sign-in', async ({ page }) => {
  await signIn(page, 'moderator');
  await page.getByRole('button', { name: 'Sign out' }).click();
  await expect(page).toHaveURL(/\/sign-in/);
  await page.goto('/queue');
  await expect(page).toHaveURL(/\/sign-in/);
});
