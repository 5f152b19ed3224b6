import { readFileSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

// The README's "What is where" table is how a newcomer finds a page: every console and public page is in it.
const root = path.resolve(import.meta.dirname, '../..');

function pages(dir: string, group: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir)) {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) out.push(...pages(full, group));
    else if (name === 'page.tsx') out.push(`/${path.relative(path.join(root, 'app', group), dir)}`.replace(/\/$/, ''));
  }
  return out;
}

describe('README page table', () => {
  const readme = readFileSync(path.join(root, 'README.md'), 'utf8');
  const table = readme.slice(readme.indexOf('## What is where'), readme.indexOf('\n## ', readme.indexOf('## What is where') + 1));

  it('names every page under app/(console) and app/(public)', () => {
    // The console's "/" only sends each role to its first page.
    const all = [...pages(path.join(root, 'app/(console)'), '(console)'), ...pages(path.join(root, 'app/(public)'), '(public)')].filter((p) => p !== '');
    expect(all.length).toBeGreaterThan(40);
    expect(all.filter((p) => !table.includes(`\`${p}\``)).sort()).toEqual([]);
  });
});
