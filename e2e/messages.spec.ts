import { expect, test } from './fixtures';

/**
 * The messages each page sends to the browser are serialized into its HTML (the React flight data,
 * as the props of next-intl's client provider). This reads them back out of the page source.
 */
function sentMessages(html: string): Record<string, unknown>[] {
  const flight = [...html.matchAll(/self\.__next_f\.push\(\[1,"((?:[^"\\]|\\.)*)"\]\)/g)]
    .map((m) => JSON.parse(`"${m[1]}"`) as string)
    .join('');
  const found: Record<string, unknown>[] = [];
  for (let at = flight.indexOf('"messages":{'); at !== -1; at = flight.indexOf('"messages":{', at + 1)) {
    const start = at + '"messages":'.length;
    let depth = 0;
    let inString = false;
    for (let i = start; i < flight.length; i++) {
      const c = flight[i];
      if (inString) { if (c === '\\') i++; else if (c === '"') inString = false; continue; }
      if (c === '"') inString = true;
      else if (c === '{') depth++;
      else if (c === '}' && --depth === 0) { found.push(JSON.parse(flight.slice(start, i + 1))); break; }
    }
  }
  return found;
}

test('the public transparency page sends the browser none of the console catalogue', async ({ page }) => {
  const html = await (await page.request.get('/transparency')).text();
  const sent = sentMessages(html);
  // The provider is there (so this reads the right thing), and carries nothing beyond transparency.
  expect(sent.length).toBeGreaterThan(0);
  for (const messages of sent) expect(Object.keys(messages).filter((ns) => ns !== 'transparency')).toEqual([]);
  // A console sentence, as it would appear serialized, is nowhere in the page.
  expect(html).not.toContain('Minors first, then content that may induce self-harm');
});

test('a console page sends only its section’s namespaces', async ({ asRole }) => {
  const page = await asRole('moderator');
  const html = await (await page.request.get('/queue')).text();
  const namespaces = sentMessages(html).flatMap((m) => Object.keys(m));
  // The console frame's (palette, wellness reminder) and the queue's own (bulk bar, claim dialog).
  expect(new Set(namespaces)).toEqual(new Set(['bulk', 'case', 'common', 'palette', 'queue', 'wellness']));
  // Sections the queue has nothing of stay at home.
  for (const other of ['admin', 'library', 'compliance', 'standards']) expect(namespaces).not.toContain(other);
});

test('no page is missing a message its client components use', async ({ asRole }) => {
  const page = await asRole('admin');
  const missing: string[] = [];
  page.on('console', (m) => { if (/MISSING_MESSAGE|No intl context/.test(m.text())) missing.push(`${page.url()}: ${m.text()}`); });
  page.on('pageerror', (e) => { if (/MISSING_MESSAGE|No intl context/.test(e.message)) missing.push(`${page.url()}: ${e.message}`); });
  const pages = ['/queue', '/escalations', '/approvals', '/videos', '/identity-checks', '/alerts', '/incidents', '/sections', '/posts',
    '/livestreams', '/accounts', '/agencies', '/referrals', '/library', '/library/review', '/standards', '/standards/draft', '/dashboard',
    '/compliance', '/audit', '/admin/staff', '/admin/api-keys', '/admin/sanction-ladder', '/admin/webhook', '/admin/model',
    '/admin/early-warning', '/admin/dm-rules', '/admin/organisation', '/admin/templates', '/admin/wellness', '/preferences'];
  for (const href of pages) {
    await page.goto(href);
    await page.waitForLoadState('load');
    await page.waitForTimeout(300); // hydration, where a missing message would be reported
  }
  expect(missing).toEqual([]);
});
