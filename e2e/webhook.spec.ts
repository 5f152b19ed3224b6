import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { expect, signIn, test } from './fixtures';
import { verifyDelivery } from '../lib/outbox/signature';

test.use({ viewport: { width: 1280, height: 800 } });

type Delivery = { topic: string; body: string; signature: string | null };

test('an admin points the outbox at the platform, which receives a signed test message', async ({ page }) => {
  // The platform's receiver: a real HTTP server in the test process.
  const received: Delivery[] = [];
  const server = http.createServer((req, res) => {
    let body = '';
    req.on('data', (c) => { body += c; });
    req.on('end', () => {
      received.push({ topic: String(req.headers['bulwark-topic']), body, signature: (req.headers['bulwark-signature'] as string) ?? null });
      res.writeHead(204).end();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/bulwark`;
  try {
    await signIn(page, 'admin');
    await page.getByRole('link', { name: 'Webhook' }).click();
    await expect(page.getByRole('heading', { name: 'Webhook', level: 1 })).toBeVisible();

    // A bad address is refused next to the field and nothing changes.
    await page.getByLabel('Receiver URL').fill('ftp://platform.example/hook');
    await page.getByRole('button', { name: 'Save and make a secret' }).click();
    await expect(page.getByText('Enter an http:// or https:// address.')).toBeVisible();

    await page.getByLabel('Receiver URL').fill(url);
    await page.getByRole('button', { name: 'Save and make a secret' }).click();
    const secretField = page.getByRole('textbox', { name: 'Signing secret' });
    await expect(secretField).toHaveValue(/^whsec_/);
    const secret = await secretField.inputValue();
    await expect(page.getByTestId('webhook-url')).toHaveText(url);
    await page.getByRole('button', { name: 'I have stored it' }).click();
    await expect(secretField).toHaveCount(0);

    await page.getByRole('button', { name: 'Send a test message' }).click();
    // The console's own worker delivers it within a few seconds.
    await expect.poll(() => received.find((d) => d.topic === 'webhook.ping'), { timeout: 20_000 }).toBeTruthy();
    const ping = received.find((d) => d.topic === 'webhook.ping')!;
    expect(JSON.parse(ping.body)).toMatchObject({ topic: 'webhook.ping', payload: { requestedBy: 'admin@bulwark.test' } });
    expect(verifyDelivery(secret, ping.body, ping.signature, Math.floor(Date.now() / 1000))).toBe(true);
    expect(verifyDelivery('whsec_wrong', ping.body, ping.signature, Math.floor(Date.now() / 1000))).toBe(false);

    await page.reload();
    await expect(page.locator('dt:text-is("Delivered in the last 24 hours") + dd')).toHaveText(/^[1-9]/);

    // Stopping delivery leaves no receiver.
    await page.getByRole('button', { name: 'Stop delivery' }).click();
    await page.getByRole('group', { name: /Stop delivering/ }).getByRole('button', { name: 'Stop delivery' }).click();
    await expect(page.getByText('No receiver is set')).toBeVisible();
  } finally {
    await new Promise<void>((resolve) => server.close(() => resolve()));
  }
});
