import { expect, signIn, test } from './fixtures';

test.describe('signing in', () => {
  for (const [who, landing, role] of [
    ['moderator', /\/queue/, /Moderator/],
    ['supervisor', /\/queue/, /Supervisor/],
    ['admin', /\/admin\/staff/, /Admin/],
  ] as const) {
    test(`a ${who} signs in and lands on their first page`, async ({ page }) => {
      await signIn(page, who);
      await expect(page).toHaveURL(landing);
      await expect(page.getByTestId('signed-in-as')).toContainText(role);
    });
  }

  test('a wrong password is refused with a clear message', async ({ page }) => {
    await page.goto('/sign-in');
    await expect(page.getByRole('heading', { name: 'Demo logins' })).toBeVisible();
    // Both supervisors, so that a four-eyes proposal can be approved in the demo.
    await expect(page.getByText('supervisor2@bulwark.test')).toBeVisible();
    await page.getByLabel('Email').fill('moderator@bulwark.test');
    await page.getByLabel('Password').fill('wrong');
    await page.getByRole('button', { name: 'Sign in' }).click();
    await expect(page.getByRole('alert').filter({ hasText: 'do not match' })).toBeVisible();
  });

  test('a signed-out visitor of a console page is sent to sign in', async ({ page }) => {
    await page.goto('/queue');
    await expect(page).toHaveURL(/\/sign-in\?next=%2Fqueue/);
  });
});
