import fs from 'node:fs';
import path from 'node:path';
import type { APIResponse, Page } from '@playwright/test';
import { expect, logins, signIn, test, DEMO_PASSWORD, type Login } from './fixtures';

// scripts/e2e-server.ts creates a platform API key after seeding and leaves it here for the specs.
const port = process.env.E2E_PORT ?? '3100';
const apiKey = () => fs.readFileSync(path.resolve('test-results', `e2e-api-key-${port}.txt`), 'utf8').trim();

function expectHardened(res: APIResponse, kind: 'page' | 'resource') {
  const h = res.headers();
  expect(h['x-frame-options']).toBe('DENY');
  expect(h['x-content-type-options']).toBe('nosniff');
  expect(h['referrer-policy']).toBe('strict-origin-when-cross-origin');
  expect(h['permissions-policy']).toContain('camera=()');
  const csp = h['content-security-policy'];
  // One policy, not two stacked ones (a second, stricter policy would also apply and break pages).
  expect(csp).not.toContain('\n');
  expect(csp).toContain("frame-ancestors 'none'");
  if (kind === 'page') {
    expect(csp).toContain("object-src 'none'");
    expect(csp).toMatch(/script-src 'self' 'nonce-[A-Za-z0-9+/]{22}==' 'strict-dynamic'(;|$)/);
    expect(csp).not.toContain('unsafe-eval');
  } else {
    expect(csp).toContain("default-src 'none'");
  }
  return csp;
}

/**
 * Records everything the browser says about a blocked load or script: the console lines Chromium
 * writes for CSP (and Permissions-Policy) problems, `securitypolicyviolation` events from every
 * document the page loads, and uncaught errors (a blocked chunk surfaces as one).
 */
async function watchForViolations(page: Page) {
  const problems: string[] = [];
  page.on('console', (m) => {
    if (/Content Security Policy|Refused to|Permissions-Policy|frame-ancestors/i.test(m.text())) problems.push(`console: ${m.text()}`);
  });
  page.on('pageerror', (e) => problems.push(`pageerror: ${e.message}`));
  await page.exposeFunction('__cspViolation', (v: string) => problems.push(`event: ${v}`));
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => {
      (window as unknown as { __cspViolation(v: string): void }).__cspViolation(`${e.violatedDirective} ${e.blockedURI} on ${location.pathname} from ${e.sourceFile}:${e.lineNumber}:${e.columnNumber} ${e.sample}`);
    });
  });
  return problems;
}

/** True once React has hydrated the element: it hangs its fiber on DOM nodes it owns. */
async function hydrated(page: Page, selector: string) {
  await expect.poll(() => page.locator(selector).first().evaluate((el) => Object.keys(el).some((k) => k.startsWith('__reactFiber'))), {
    message: `${selector} on ${page.url()} is hydrated`,
  }).toBe(true);
}

test.describe('security headers', () => {
  test('pages, the sign-in page, the API, Auth.js and the public pages carry them', async ({ request, asRole }) => {
    const signInPage = await request.get('/sign-in');
    const first = expectHardened(signInPage, 'page');
    // A fresh nonce for every response.
    expect(expectHardened(await request.get('/sign-in'), 'page')).not.toBe(first);
    expectHardened(await request.get('/transparency'), 'page');
    expectHardened(await request.get('/transparency/feed.xml'), 'page');
    expectHardened(await request.get('/api/v1/openapi.json'), 'resource');
    expectHardened(await request.post('/api/v1/reports', { headers: { authorization: `Bearer ${apiKey()}`, 'content-type': 'application/json' }, data: {} }), 'resource');
    expectHardened(await request.get('/api/auth/session'), 'resource');
    expectHardened(await request.get('/robots.txt'), 'resource');
    // A signed-out visit to a console page is redirected with the headers too.
    const redirect = await request.get('/queue', { maxRedirects: 0 });
    expect(redirect.status()).toBe(307);
    expect(redirect.headers()['x-frame-options']).toBe('DENY');

    const page = await asRole('moderator');
    const queue = await page.request.get('/queue');
    expect(queue.ok()).toBe(true);
    expectHardened(queue, 'page');
    // Next puts the request's nonce on its own scripts.
    const nonce = /'nonce-([^']+)'/.exec(queue.headers()['content-security-policy'])![1];
    const html = await queue.text();
    expect(html).toContain(`nonce="${nonce}"`);
    expect(html).not.toMatch(/<script(?![^>]*nonce=)[^>]*>/);
  });

  test('the console cannot be framed by another page', async ({ page, baseURL }) => {
    // Chromium says so in the console ("Framing '…' violates … frame-ancestors 'none'").
    const refused = page.waitForEvent('console', { predicate: (m) => m.text().includes("frame-ancestors 'none'"), timeout: 15_000 });
    await page.setContent(`<iframe src="${baseURL}/sign-in" width="800" height="600"></iframe>`);
    await refused;
    const frame = page.frameLocator('iframe');
    await expect(frame.getByLabel('Email')).toHaveCount(0);
  });

  test('signing in works under the policy: the form is hydrated and the redirect lands', async ({ page }) => {
    const problems = await watchForViolations(page);
    await page.goto('/sign-in');
    await hydrated(page, 'form');
    await page.getByLabel('Email').fill(logins.supervisor);
    await page.getByLabel('Password').fill(DEMO_PASSWORD);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.waitForURL(/\/queue/);
    await expect(page.getByTestId('signed-in-as')).toContainText('Supervisor');
    // Signing out is a plain form post answered by a redirect: form-action must allow both.
    await page.getByRole('button', { name: 'Sign out' }).click();
    await page.waitForURL(/\/sign-in/);
    await expect(page.getByRole('heading', { name: 'Sign in' })).toBeVisible();
    expect(problems).toEqual([]);
  });

  for (const who of ['moderator', 'supervisor', 'admin'] as const satisfies readonly Login[]) {
    test(`every page of a ${who}'s sidebar works without a policy violation`, async ({ page }) => {
      test.setTimeout(180_000);
      const problems = await watchForViolations(page);
      await signIn(page, who);
      const links = await page.getByRole('navigation', { name: 'Main' }).getByRole('link').evaluateAll((as) => as.map((a) => a.getAttribute('href')!));
      expect(links.length).toBeGreaterThan(3);
      for (const href of links) {
        const res = await page.goto(href);
        expect(res?.status(), href).toBe(200);
        await page.getByRole('heading', { level: 1 }).first().waitFor();
        await hydrated(page, 'nav[aria-label="Main"] a');
      }
      // Client-side navigation (the nav link keeps the window: a full load would drop the marker).
      await page.evaluate(() => { (window as unknown as { marker: number }).marker = 1; });
      await page.getByRole('navigation', { name: 'Main' }).getByRole('link').first().click();
      await page.waitForURL((u) => u.pathname === links[0]);
      expect(await page.evaluate(() => (window as unknown as { marker?: number }).marker)).toBe(1);
      // The locale switcher runs a server action and refreshes the page in place.
      const banner = page.getByRole('banner');
      await banner.getByRole('combobox', { name: 'Language' }).selectOption('zh');
      await expect(banner.getByRole('button', { name: '退出登录' })).toBeVisible();
      await banner.getByRole('combobox', { name: '语言' }).selectOption('en');
      await expect(banner.getByRole('button', { name: 'Sign out' })).toBeVisible();
      expect(problems).toEqual([]);
    });
  }
});
