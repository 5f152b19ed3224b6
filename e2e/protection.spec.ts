import fs from 'node:fs';
import path from 'node:path';
import { expect, test } from './fixtures';

const port = process.env.E2E_PORT ?? '3100';
const apiKey = () => fs.readFileSync(path.resolve('test-results', `e2e-api-key-${port}.txt`), 'utf8').trim();

test.describe('one-key protection', () => {
  test('a moderator switches protection on from the account page with a reason, on a phone, and the platform API answers it', async ({ browser, request }) => {
    // An account of this run only, announced by the platform like any other.
    const accountId = `e2e-protect-${Date.now()}`;
    const auth = { authorization: `Bearer ${apiKey()}` };
    const created = await request.post('/api/v1/accounts/events', {
      headers: auth,
      data: { events: [{ eventId: `${accountId}-created`, accountId, at: new Date().toISOString(), type: 'created', handle: '@under_attack', displayName: 'Under Attack' }] },
    });
    expect(created.status()).toBe(200);
    const read = async () => (await (await request.get(`/api/v1/accounts/protection?accounts=${accountId}`, { headers: auth })).json()).accounts[0];
    expect(await read()).toMatchObject({ accountId, protected: false });

    const context = await browser.newContext({ viewport: { width: 390, height: 844 } });
    const page = await context.newPage();
    const { signIn } = await import('./fixtures');
    await signIn(page, 'moderator');
    await page.goto(`/accounts/${accountId}`);
    const controls = page.getByTestId('protection-controls');
    await expect(controls).toContainText('Protection off');

    // Without a reason it is refused, next to the field.
    await controls.getByRole('button', { name: 'Switch on protection' }).click();
    await expect(controls.getByText('Give a reason of at least 3 characters.')).toBeVisible();

    await controls.getByLabel('For', { exact: true }).selectOption('168');
    await controls.getByLabel('Reason (required)').fill('Pile-on of stranger messages after the video went viral');
    await controls.getByRole('button', { name: 'Switch on protection' }).click();
    await expect(controls.getByRole('status').first()).toContainText('Protection on');
    await expect(controls).toContainText('stranger messages, comments, forwards, @mentions');
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);

    const answer = await read();
    expect(answer).toMatchObject({ protected: true, setBy: 'staff', closed: ['stranger_dm', 'comment', 'forward', 'mention'] });
    const days = (Date.parse(answer.until) - Date.now()) / 86_400_000;
    expect(days).toBeGreaterThan(6.9);
    expect(days).toBeLessThanOrEqual(7);

    // A stranger's private message is now refused by the protection.
    const dm = await request.post('/api/v1/dm-checks', { headers: auth, data: { sender: `${accountId}-stranger`, recipient: accountId, text: 'hi' } });
    expect(await dm.json()).toMatchObject({ decision: 'deny', rule: 'recipient_protection' });
    await context.close();
  });
});

test.describe('private-message rules', () => {
  test('an admin saves new limits as a version, after fixing a stricter limit that was not stricter', async ({ asRole, request }) => {
    const admin = await asRole('admin');
    await admin.goto('/admin/dm-rules');
    await expect(admin.getByRole('heading', { level: 1 })).toContainText('Private-message rules');
    await admin.getByLabel('Per recipient', { exact: true }).fill('40');
    await admin.getByLabel('Per minor recipient').fill('60');
    await admin.getByLabel('Note (why this change)').fill('Tighter during the exam-season pile-ons');
    await admin.getByRole('button', { name: 'Save as a new version' }).click();
    await expect(admin.getByText('Must not be higher than the normal limit.')).toBeVisible();
    await admin.getByLabel('Per minor recipient').fill('8');
    await admin.getByRole('button', { name: 'Save as a new version' }).click();
    await expect(admin.getByText(/Saved as version \d+; in force now\./)).toBeVisible();
    const version = Number((await admin.getByText(/Saved as version \d+/).textContent())!.match(/\d+/)![0]);
    await expect(admin.getByRole('table')).toContainText('Tighter during the exam-season pile-ons');

    const dm = await request.post('/api/v1/dm-checks', {
      headers: { authorization: `Bearer ${apiKey()}` },
      data: { sender: `e2e-dm-sender-${Date.now()}`, recipient: `e2e-dm-recipient-${Date.now()}` },
    });
    expect(await dm.json()).toMatchObject({ decision: 'allow', rule: 'within_limits', rulesVersion: version, window: { scope: 'sender' } });
  });
});
