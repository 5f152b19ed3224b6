import fs from 'node:fs';
import path from 'node:path';
import { expect, test } from './fixtures';
import { checksPassed } from '../scripts/simulate/check';
import { runSimulation, type SimulationResult } from '../scripts/simulate/run';

// Plays the pile-on scenario through the platform API (the simulator's programmatic entry, the same
// code as `npm run simulate`), then follows it in the browser. Its accounts, sections and reports all
// carry the seed's prefix (sim3130-…), so no other spec's data is touched.
test.describe.configure({ mode: 'serial' });

const port = process.env.E2E_PORT ?? '3100';
const apiKey = () => fs.readFileSync(path.resolve('test-results', `e2e-api-key-${port}.txt`), 'utf8').trim();
const seed = 3130;
let played: SimulationResult;
const simulate = (check: 'played' | 'staff', baseURL: string) => runSimulation({
  url: baseURL, key: apiKey(), scenario: 'pile-on', seed, rate: 0.5, duration: 600, speed: Infinity, check, alertWaitMs: 30_000,
});

test.describe('the platform simulator', () => {
  test('plays a pile-on through the API and --check finds what the console should show', async ({ baseURL }) => {
    test.setTimeout(180_000);
    played = await simulate('played', baseURL!);
    expect(played.failures).toEqual([]);
    expect(played.checks!.filter((c) => c.status === 'fail')).toEqual([]);
    expect(checksPassed(played.checks!)).toBe(true);
    expect(played.summary.routes.find((r) => r.route === 'receiveReportBatch')?.requests).toBeGreaterThan(0);
  });

  test('the reports arrive minors first in the queue', async ({ asRole, request }) => {
    const queued = played.scenario.expectations.find((e) => e.kind === 'reports-queued')!;
    if (queued.kind !== 'reports-queued') throw new Error('no reports expectation');
    const status = await request.get(`/api/v1/reports/status?externalIds=${queued.externalIds.join(',')}`, { headers: { authorization: `Bearer ${apiKey()}` } });
    const { reports } = (await status.json()) as { reports: { externalId: string; caseId: string }[] };
    const caseOf = (id: string) => reports.find((r) => r.externalId === id)!.caseId;
    const minorCases = [...new Set(queued.minorIds.map(caseOf))];
    const adultCases = [...new Set(queued.externalIds.filter((id) => !queued.minorIds.includes(id)).map(caseOf))];

    const page = await asRole('moderator');
    // The insults in comments: the cousin's (a minor) and hers (an adult), in claim order.
    await page.goto('/queue?channel=comment&category=insult');
    const rows = page.locator('tbody tr');
    await expect(rows.first()).toBeVisible();
    // Each row's case id and whether it carries the Minor badge, read at once.
    const listed = await rows.evaluateAll((trs) => trs.map((tr) => ({
      id: tr.getAttribute('data-case-id'),
      minor: [...tr.querySelectorAll('*')].some((el) => el.children.length === 0 && el.textContent?.trim() === 'Minor'),
    })));
    const ids = listed.map((r) => r.id);
    for (const id of minorCases) expect(listed.find((r) => r.id === id), `minor's case ${id} on the first page, badged`).toMatchObject({ minor: true });
    const lastMinor = Math.max(...minorCases.map((id) => ids.indexOf(id)));
    for (const id of adultCases) {
      const at = ids.indexOf(id);
      expect(at === -1 || at > lastMinor, `adult case ${id} listed before a minor's`).toBe(true);
    }
    // Every row above the last of them involves a minor too: minors first.
    expect(listed.slice(0, lastMinor + 1).every((r) => r.minor)).toBe(true);
    await expect(page.locator(`tbody tr[data-case-id="${minorCases[0]}"]`).getByText('Minor', { exact: true })).toBeVisible();
  });

  test('a moderator opens the incident a supervisor created for her and disperses the topic; --check=staff confirms it', async ({ asRole, baseURL }) => {
    test.setTimeout(180_000);
    const { targetName, sections } = played.scenario.cast;
    const title = `Pile-on against ${targetName} (simulated, seed ${seed})`;
    const supervisor = await asRole('supervisor');
    await supervisor.goto('/incidents');
    await supervisor.getByLabel('Title', { exact: true }).fill(title);
    await supervisor.getByLabel('Key terms').fill(targetName);
    await supervisor.getByRole('button', { name: 'Create incident' }).click();
    await expect(supervisor).toHaveURL(/\/incidents\/[0-9a-f-]{36}$/);

    const page = await asRole('moderator');
    await page.goto('/incidents');
    await page.getByRole('link', { name: title }).click();
    await page.getByRole('link', { name: 'Inspect sections' }).click();
    await expect(page.getByTestId('inspect-summary')).toContainText(targetName);
    const rows = page.getByTestId('inspect-row');
    await expect(rows.filter({ hasText: sections.topic.name })).toHaveCount(1);
    await expect(rows.filter({ hasText: sections.board.name })).toHaveCount(1);

    await page.getByRole('checkbox', { name: `Select ${sections.topic.name}` }).check();
    await page.getByLabel('Action').selectOption('disperse');
    await page.getByLabel('Reason').fill('pile-on topic named after a private person');
    await page.getByRole('button', { name: 'Apply to selected' }).click();
    await page.getByRole('dialog', { name: /^Disperse \d+ sections?\?$/ }).getByRole('button', { name: 'Disperse' }).click();
    await expect(page.getByText('Done: 1 section changed.')).toBeVisible();
    await expect(rows.filter({ hasText: sections.topic.name }).getByTestId('inspect-status')).toHaveText('Dispersed');

    // Played again (the same seed: a replay, stored once), then the staff expectation holds too.
    const after = await simulate('staff', baseURL!);
    expect(after.checks!.filter((c) => c.status === 'fail')).toEqual([]);
    expect(after.checks!.find((c) => c.stage === 'staff')).toMatchObject({ status: 'pass' });
  });
});
