import { test as base, expect, type Page } from '@playwright/test';

export const DEMO_PASSWORD = 'bulwark-demo';
export const logins = {
  moderator: 'moderator@bulwark.test',
  moderator2: 'moderator2@bulwark.test',
  supervisor: 'supervisor@bulwark.test',
  supervisor2: 'supervisor2@bulwark.test',
  admin: 'admin@bulwark.test',
  // Created by scripts/e2e-server.ts for specs that claim cases alongside the moderation spec.
  libraryModerator: 'moderator-library@bulwark.test',
  standardsModerator: 'moderator-standards@bulwark.test',
  decisionsModerator: 'moderator-decisions@bulwark.test',
  mediaModerator: 'moderator-media@bulwark.test',
  undoModerator: 'moderator-undo@bulwark.test',
} as const;
export type Login = keyof typeof logins;

export async function signIn(page: Page, who: Login | { email: string; password: string }) {
  const { email, password } = typeof who === 'string' ? { email: logins[who], password: DEMO_PASSWORD } : who;
  await page.goto('/sign-in');
  await page.getByLabel(/email|邮箱/i).fill(email);
  await page.getByLabel(/password|密码/i).fill(password);
  await page.getByRole('button', { name: /^(sign in|登录)$/i }).click();
  // Signing in lands on "/", which redirects to the role's first page: wait for that page, or the
  // next step races the redirect.
  await page.waitForURL((url) => url.pathname !== '/' && !url.pathname.startsWith('/sign-in'));
  await page.waitForLoadState('load');
}

/** Waits until the current page's keyboard shortcuts are attached (the page is hydrated), before pressing them. */
export async function hotkeysReady(page: Page) {
  const path = new URL(page.url()).pathname;
  await page.locator(`html[data-hotkeys="${path}"]`).waitFor({ state: 'attached' });
}

/** Pages already signed in as each demo role, each in its own browser context. */
export const test = base.extend<{ asRole: (who: Login) => Promise<Page> }>({
  asRole: async ({ browser }, use) => {
    const contexts: Awaited<ReturnType<typeof browser.newContext>>[] = [];
    await use(async (who) => {
      const context = await browser.newContext();
      contexts.push(context);
      const page = await context.newPage();
      await signIn(page, who);
      return page;
    });
    await Promise.all(contexts.map((c) => c.close()));
  },
});

type Expected = { selector: string; hasText?: string[]; count: number };

/**
 * An action's result message and the updated list come in one render (components/ui/use-action.ts).
 * Call before the action: watches every DOM change, and at the first one where `message` is on the
 * page records whether `expected` held at that same moment (`count` elements match `selector` and
 * contain every `hasText`). Returns a function that waits for the message and answers that.
 */
export async function stateWhenShown(page: Page, message: string, expected: Expected) {
  await page.evaluate(([message, expected]) => {
    const w = window as unknown as { __whenShown?: boolean };
    delete w.__whenShown;
    const observer = new MutationObserver(() => {
      if (!document.body.textContent?.includes(message)) return;
      const matching = [...document.querySelectorAll(expected.selector)]
        .filter((e) => (expected.hasText ?? []).every((t) => e.textContent?.includes(t)));
      w.__whenShown = matching.length === expected.count;
      observer.disconnect();
    });
    observer.observe(document.body, { subtree: true, childList: true, characterData: true });
  }, [message, expected] as const);
  return async () => {
    const read = () => page.evaluate(() => (window as unknown as { __whenShown?: boolean }).__whenShown ?? null);
    await expect.poll(read).not.toBeNull();
    return read();
  };
}

export { expect };
