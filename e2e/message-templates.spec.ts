import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import type { AddressInfo } from 'node:net';
import { randomUUID } from 'node:crypto';
import { expect, hotkeysReady, test } from './fixtures';

const port = process.env.E2E_PORT ?? '3100';
const apiKey = () => fs.readFileSync(path.resolve('test-results', `e2e-api-key-${port}.txt`), 'utf8').trim();
const run = randomUUID().slice(0, 8);

test('an admin edits the warning text; the warning the platform receives carries it', async ({ asRole, request }) => {
  test.setTimeout(120_000);
  // The platform's receiver, as in webhook.spec.ts.
  const received: { topic: string; body: string }[] = [];
  const server = http.createServer((req, res) => {
    let body = '';
    req.on('data', (c) => { body += c; });
    req.on('end', () => { received.push({ topic: String(req.headers['bulwark-topic']), body }); res.writeHead(204).end(); });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/bulwark`;
  const admin = await asRole('admin');
  try {
    await admin.goto('/admin/templates');
    const warning = admin.getByTestId('template-warning-en');
    const text = warning.getByRole('textbox');
    await text.fill(`Heads-up @{handle}: {categry} ${run}`);
    await warning.getByRole('button', { name: 'Save new version' }).click();
    await expect(warning.getByRole('alert')).toHaveText('{categry} is not a placeholder this message can fill.');
    await text.fill(`Heads-up @{handle}: {category} (${run}) {reference}`);
    // The preview is the rendered plain text.
    await expect(warning.getByTestId('template-warning-en-preview')).toHaveText(`Heads-up @example_user: Insult (${run}) SAN-1A2B3C4D`);
    await warning.getByRole('button', { name: 'Save new version' }).click();
    await expect(warning.getByRole('status')).toHaveText(/Saved as version \d+\./);

    await admin.goto('/admin/webhook');
    await admin.getByLabel('Receiver URL').fill(url);
    await admin.getByRole('button', { name: 'Save and make a secret' }).click();
    await admin.getByRole('button', { name: 'I have stored it' }).click();

    // A moderator warns the account from the queue.
    const account = `tpl-acct-${run}`;
    const id = randomUUID();
    const created = await request.post('/api/v1/reports', {
      headers: { authorization: `Bearer ${apiKey()}` },
      data: {
        externalId: `tpl-${id}`, channel: 'group', category: 'insult', reporter: { accountId: `tpl-reporter-${id}` },
        subject: { contentId: `tpl-content-${id}`, accountId: account, text: `template ${run}`, context: [], createdAt: new Date().toISOString() },
      },
    });
    const { caseId } = await created.json();
    const page = await asRole('moderator2');
    await page.goto('/queue?channel=group');
    await hotkeysReady(page);
    await page.locator(`tr[data-case-id="${caseId}"]`).getByRole('checkbox').check();
    const bar = page.getByTestId('bulk-bar');
    await bar.getByLabel('Decision').selectOption('warn');
    await bar.getByLabel('Category').selectOption('insult');
    await bar.getByRole('button', { name: 'Decide 1 case…' }).click();
    await page.getByRole('dialog').getByRole('button', { name: 'Apply to 1 case' }).click();
    await expect(bar.getByRole('status')).toContainText('1 case done');

    const warned = () => received.map((d) => JSON.parse(d.body)).find((m) => m.topic === 'sanction.applied' && m.payload.accountId === account);
    await expect.poll(warned, { timeout: 60_000 }).toBeTruthy();
    expect(warned().payload.message.en).toMatch(new RegExp(`^Heads-up @${account}: Insult \\(${run}\\) SAN-[0-9A-F]{8}$`));
    expect(warned().payload.message.zh).toContain('侮辱谩骂');
  } finally {
    await admin.goto('/admin/webhook');
    const stop = admin.getByRole('button', { name: 'Stop delivery' });
    if (await stop.count()) {
      await stop.click();
      await admin.getByRole('group', { name: /Stop delivering/ }).getByRole('button', { name: 'Stop delivery' }).click();
    }
    await new Promise<void>((resolve) => server.close(() => resolve()));
  }
});
