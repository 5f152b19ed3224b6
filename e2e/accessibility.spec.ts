import AxeBuilder from '@axe-core/playwright';
import { expect, test } from './fixtures';

// No serious or critical accessibility violations on the pages a moderator lives in.
const pages = [
  { who: 'moderator2' as const, path: '/queue' },
  { who: 'moderator2' as const, path: '/accounts/mislabelled_01' },
  { who: 'supervisor' as const, path: '/approvals' },
  { who: 'moderator2' as const, path: '/preferences' },
  { who: 'moderator2' as const, path: '/videos' },
];

for (const { who, path } of pages) {
  test(`${path} has no serious accessibility violations`, async ({ asRole }) => {
    const page = await asRole(who);
    await page.goto(path);
    // Not 'networkidle': the queue refreshes itself, so the network never goes quiet.
    await page.getByRole('heading', { level: 1 }).waitFor();
    const { violations } = await new AxeBuilder({ page }).analyze();
    const serious = violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
    expect(serious.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(', ')}`)).toEqual([]);
  });
}

test('a case page has no serious accessibility violations', async ({ asRole }) => {
  const page = await asRole('moderator2');
  await page.goto('/queue');
  const id = (await page.locator('tbody tr').first().getAttribute('data-case-id'))!;
  await page.goto(`/cases/${id}`);
  await page.getByTestId('reported-text').waitFor();
  const { violations } = await new AxeBuilder({ page }).analyze();
  const serious = violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  expect(serious.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(', ')}`)).toEqual([]);
});
