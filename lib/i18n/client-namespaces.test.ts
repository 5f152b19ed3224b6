import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readClientUsage, type RouteUsage } from './client-usage';
import { pickMessages } from './pick-messages';

/** What is wrong with the routes' lists: a namespace a client component uses and its page is not sent, or one sent for nothing. */
function problems(usage: RouteUsage[]): string[] {
  const out: string[] = [];
  const needs = new Map<string, Set<string>>();
  for (const r of usage) {
    if (!r.provider) { out.push(`${r.route}: no <ClientMessages> above it`); continue; }
    const need = needs.get(r.provider) ?? new Set<string>();
    needs.set(r.provider, need);
    for (const [ns, files] of r.used) {
      need.add(ns);
      if (!r.provided.includes(ns)) out.push(`${r.route}: ${files.join(', ')} use '${ns}', which ${r.provider} does not send`);
    }
  }
  for (const r of usage) {
    if (!r.provider || r.provider !== r.route) continue;
    for (const ns of r.provided) if (!needs.get(r.provider)?.has(ns)) out.push(`${r.provider}: sends '${ns}', which no client component under it uses`);
  }
  return [...new Set(out)];
}

describe('message namespaces sent to the browser', () => {
  const usage = readClientUsage(path.resolve(import.meta.dirname, '../..'));

  it('the root layout decides what is sent (without a list, next-intl sends the whole catalogue)', () => {
    expect(usage.find((r) => r.route === 'app/layout.tsx')?.provider).toBe('app/layout.tsx');
  });

  it('every route sends exactly the namespaces its client components use', () => {
    expect(problems(usage)).toEqual([]);
  });

  it('the public transparency pages send no console namespace', () => {
    const pages = usage.filter((r) => r.route.startsWith('app/(public)/'));
    expect(pages.length).toBeGreaterThan(0);
    for (const p of pages) expect(p.provided.filter((ns) => ns !== 'transparency')).toEqual([]);
  });

  it('finds a client component two imports below a page that uses a namespace the page does not send', () => {
    const root = mkdtempSync(path.join(tmpdir(), 'client-ns-'));
    const write = (file: string, text: string) => { mkdirSync(path.dirname(path.join(root, file)), { recursive: true }); writeFileSync(path.join(root, file), text); };
    write('app/layout.tsx', "import { ClientMessages } from '@/components/i18n/client-messages';\nexport default function L({ children }) { return <ClientMessages namespaces={['queue']}>{children}</ClientMessages>; }\n");
    write('app/x/page.tsx', "import { Panel } from '@/components/panel';\nexport default function P() { return <Panel />; }\n");
    write('components/panel.tsx', "import { Button } from './button';\nexport function Panel() { return <Button />; }\n");
    write('components/button.tsx', "'use client';\nimport { Label } from './label';\nimport { useTranslations } from 'next-intl';\nexport function Button() { const t = useTranslations('queue'); return <Label />; }\n");
    write('components/label.tsx', "import { useTranslations } from 'next-intl';\nexport function Label() { const t = useTranslations('case.label'); return null; }\n");
    write('components/server-only.tsx', "import { useTranslations } from 'next-intl';\nexport function S() { const t = useTranslations('audit'); return null; }\n");
    expect(problems(readClientUsage(root))).toEqual([
      "app/x/page.tsx: components/label.tsx use 'case', which app/layout.tsx does not send",
    ]);
  });
});

describe('pickMessages', () => {
  it('keeps only the listed namespaces', () => {
    expect(pickMessages({ queue: { a: 1 }, case: { b: 2 }, common: { c: 3 } }, ['queue', 'common'])).toEqual({ queue: { a: 1 }, common: { c: 3 } });
  });
});
