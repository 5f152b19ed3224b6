import fs from 'node:fs';
import path from 'node:path';
import { randomUUID } from 'node:crypto';
import { expect, stateWhenShown, test } from './fixtures';

// scripts/e2e-server.ts leaves a platform API key here for the specs that call /api/v1.
const port = process.env.E2E_PORT ?? '3100';
const apiKey = () => fs.readFileSync(path.resolve('test-results', `e2e-api-key-${port}.txt`), 'utf8').trim();

test.describe('sections: stopping the spread', () => {
  test('a supervisor inspects an incident from its page and disperses one of its sections', async ({ asRole }) => {
    const page = await asRole('supervisor');
    await page.goto('/incidents');
    await page.getByRole('link', { name: '林晓雨毕业照遭网暴' }).click();
    await page.getByRole('link', { name: 'Inspect sections' }).click();
    await expect(page).toHaveURL(/\/sections\/inspect\?incident=/);
    await expect(page.getByTestId('inspect-summary')).toContainText('林晓雨');
    // Sections named after her and sections whose posts name her; nothing unrelated.
    const rows = page.getByTestId('inspect-row');
    await expect(rows.filter({ hasText: '#林晓雨滚出网络#' })).toHaveCount(1);
    await expect(rows.filter({ hasText: '校园八卦版' })).toHaveCount(1);
    await expect(rows.filter({ hasText: 'Weekend recipes' })).toHaveCount(0);

    // The demo board reserved for this spec.
    const row = rows.filter({ hasText: '林晓雨谣言汇总' });
    await page.getByRole('checkbox', { name: 'Select 林晓雨谣言汇总' }).check();
    await expect(page.getByText('1 section selected')).toBeVisible();
    await page.getByLabel('Action').selectOption('disperse');
    await page.getByLabel('Reason').fill('doxxing board');
    await page.getByRole('button', { name: 'Apply to selected' }).click();
    const ask = page.getByRole('dialog', { name: 'Disperse 1 section?' });
    await expect(ask).toContainText('林晓雨谣言汇总');
    const dispersed = await stateWhenShown(page, 'Done: 1 section changed.', { selector: '[data-testid="inspect-row"]', hasText: ['林晓雨谣言汇总', 'Dispersed'], count: 1 });
    await ask.getByRole('button', { name: 'Disperse' }).click();
    expect(await dispersed()).toBe(true);
    await expect(row.getByTestId('inspect-status')).toHaveText('Dispersed');

    await row.getByRole('link', { name: '林晓雨谣言汇总' }).click();
    await expect(page.getByRole('heading', { name: '林晓雨谣言汇总' })).toBeVisible();
    // Its flagged posts are folded, and the dispersal is on record with a way back.
    await expect(page.getByTestId('section-post').filter({ hasText: 'Folded' })).toHaveCount(2);
    await expect(page.getByRole('button', { name: 'Restore' })).toBeVisible();
  });

  test('a moderator folds one post picked from the inspect list, leaving its section open, and unfolds it', async ({ asRole }) => {
    const page = await asRole('moderator');
    await page.goto('/incidents');
    await page.getByRole('link', { name: '林晓雨毕业照遭网暴' }).click();
    await page.getByRole('link', { name: 'Inspect sections' }).click();
    const row = page.getByTestId('inspect-row').filter({ hasText: '校园八卦版' });
    const post = row.getByRole('checkbox', { name: /^Select post:/ }).first();
    await post.check();
    await expect(page.getByText('1 post selected')).toBeVisible();
    await page.getByLabel('Action').selectOption('foldPosts');
    await page.getByLabel('Reason').fill('names her school');
    await page.getByRole('button', { name: 'Apply to selected' }).click();
    await expect(page.getByText('Done: 1 post changed.')).toBeVisible();
    await expect(row.getByText('[folded]')).toHaveCount(1);
    await expect(row.getByTestId('inspect-status')).toHaveText('Open');

    await row.getByRole('checkbox', { name: /^Select post:/ }).first().check();
    await page.getByLabel('Action').selectOption('unfoldPosts');
    await page.getByRole('button', { name: 'Apply to selected' }).click();
    await expect(page.getByText('Done: 1 post changed.')).toBeVisible();
    await expect(row.getByText('[folded]')).toHaveCount(0);
  });

  test('a supervisor suspends a name with a rule and the section-check API refuses it', async ({ asRole, request }) => {
    const page = await asRole('supervisor');
    const word = `E2E迪迦${randomUUID().slice(0, 6)}`;
    await page.goto('/sections/name-rules');
    await page.getByLabel('Pattern').fill(word);
    await page.getByRole('checkbox', { name: 'Topic' }).check();
    await page.getByLabel('Reason (staff only)').fill('pile-on hashtag');
    await page.getByRole('button', { name: 'Create rule' }).click();
    await expect(page.getByText(/Rule created; 0 sections marked/)).toBeVisible();
    await expect(page.getByTestId('rule-row').filter({ hasText: word })).toContainText('In force');

    const headers = { authorization: `Bearer ${apiKey()}` };
    const refused = await request.post('/api/v1/section-checks', { headers, data: { kind: 'topic', name: `#${word.toLowerCase()}滚出去#` } });
    expect(refused.status()).toBe(200);
    const body = await refused.json();
    expect(body).toMatchObject({ allowed: false, rule: { pattern: word, match: 'substring' } });
    expect(new Date(body.until).getTime()).toBeGreaterThan(Date.now());
    // Only topics: a group of that name is allowed, and so is an unrelated topic.
    expect(await (await request.post('/api/v1/section-checks', { headers, data: { kind: 'group', name: word } })).json()).toEqual({ allowed: true });
    expect(await (await request.post('/api/v1/section-checks', { headers, data: { kind: 'topic', name: 'weekend hiking' } })).json()).toEqual({ allowed: true });
  });

  test('closing a section takes a second supervisor: the proposer cannot decide it, another approves with a reason', async ({ asRole }) => {
    const proposer = await asRole('supervisor');
    await proposer.goto('/sections?kind=board');
    await proposer.getByRole('link', { name: 'Fundraiser watch' }).click();
    await proposer.waitForURL(/\/sections\/[0-9a-f-]{36}$/);
    const url = proposer.url();
    await proposer.getByLabel('Reason', { exact: true }).fill('coordinated brigading hub');
    await proposer.getByRole('button', { name: 'Propose closure' }).click();
    await expect(proposer.getByText('Closure waiting for a second supervisor')).toBeVisible();
    await expect(proposer.getByText('You proposed this closure; another supervisor must decide it.')).toBeVisible();

    const approver = await asRole('supervisor2');
    await approver.goto('/approvals');
    await approver.getByRole('link', { name: 'Close board "Fundraiser watch"' }).click();
    await expect(approver).toHaveURL(url);
    await approver.getByLabel('Reason for the decision').fill('hub confirmed by two reports');
    await approver.getByRole('button', { name: 'Approve' }).click();
    await expect(approver.getByText('Closure waiting for a second supervisor')).toHaveCount(0);
    await expect(approver.getByText('Closed', { exact: true }).first()).toBeVisible();
    await expect(approver.getByText(/Approved by .*: hub confirmed by two reports/)).toBeVisible();
  });

  test('a moderator sees the hottest sections first, self-harm on top, in Chinese too, and may not edit name rules', async ({ asRole }) => {
    const page = await asRole('moderator');
    await page.goto('/sections');
    const rows = page.getByTestId('section-row');
    await expect(rows.first()).toContainText('#nobody cares if I am gone');
    await expect(rows.first()).toContainText('Self-harm items: 4');
    await expect(page.getByRole('link', { name: 'Name rules' })).toHaveCount(0);
    await page.getByLabel('Sort by').selectOption('flagged');
    await page.getByLabel('Kind').selectOption('group');
    await page.getByRole('button', { name: 'Apply' }).click();
    await expect(page).toHaveURL(/kind=group/);
    await expect(rows.first()).toContainText('吃瓜投稿墙');
    await expect(rows.first()).toContainText('Bot submissions');

    await page.goto('/sections/candidates');
    await expect(page.getByTestId('section-row').filter({ hasText: '吃瓜投稿墙' })).toHaveCount(1);
    await expect(page.getByTestId('section-row').filter({ hasText: 'Truth Seekers HQ' })).toHaveCount(0);
    await page.context().addCookies([{ name: 'NEXT_LOCALE', value: 'zh', url: new URL('/', page.url()).toString() }]);
    await page.goto('/sections');
    await expect(page.getByRole('heading', { name: '版块' })).toBeVisible();
    await expect(page.getByTestId('section-row').first()).toContainText('诱导自残内容');

    const res = await page.goto('/sections/name-rules');
    expect(res?.status()).toBe(403);
  });
});
