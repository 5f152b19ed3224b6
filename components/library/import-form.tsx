'use client';

import { useState } from 'react';
import { useRouter } from 'next/navigation';
import { useLocale, useTranslations } from 'next-intl';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { planImport, type ImportPlan } from '@/lib/library/import-rows';

const PREVIEW = 10;

/**
 * Choose a file, see its preview and every bad row, then import. The browser's plan is only the
 * preview: the server parses and validates the file again and refuses it whole if any row is bad.
 * The file goes to a route handler rather than a server action, whose body limit a 25k-row file exceeds.
 */
export function ImportForm({ categoryIds }: { categoryIds: string[] }) {
  const t = useTranslations('library.import');
  const tv = useTranslations('library.verdict');
  const tp = useTranslations('library.import.problems');
  const locale = useLocale();
  const describe = (e: ImportPlan['errors'][number]) => e.problems.map((p) => tp(p.code, { value: p.value ?? '' })).join(locale === 'zh' ? '；' : '; ');
  const router = useRouter();
  const [file, setFile] = useState<{ name: string; text: string } | null>(null);
  const [plan, setPlan] = useState<ImportPlan | null>(null);
  const [busy, setBusy] = useState(false);
  const [result, setResult] = useState<{ ok: boolean; message: string } | null>(null);

  const choose = async (f: File | undefined) => {
    setResult(null);
    if (!f) { setFile(null); setPlan(null); return; }
    setBusy(true);
    const text = await f.text();
    setFile({ name: f.name, text });
    setPlan(planImport(text, new Set(categoryIds)));
    setBusy(false);
  };
  const submit = async () => {
    if (!file) return;
    setBusy(true);
    const body = new FormData();
    body.set('file', new Blob([file.text], { type: 'text/csv' }), file.name);
    try {
      const res = await fetch('/library/import/upload', { method: 'POST', body });
      const answer = await res.json() as { ok: boolean; data?: { imported: number }; error?: { message: string; fields?: Record<string, string[]> } };
      setResult(answer.ok ? { ok: true, message: t('done', { count: answer.data!.imported }) }
        : { ok: false, message: [answer.error?.message, ...(answer.error?.fields?.rows ?? [])].join('\n') });
      if (answer.ok) { setFile(null); setPlan(null); router.refresh(); }
    } catch {
      setResult({ ok: false, message: 'The request failed.' });
    }
    setBusy(false);
  };

  return (
    <div className="space-y-3">
      <div>
        <label htmlFor="import-file" className="mb-1 block text-sm font-medium text-slate-700">{t('file')}</label>
        <input id="import-file" type="file" accept=".csv,text/csv" onChange={(e) => void choose(e.target.files?.[0])} className="text-sm" />
      </div>
      {busy && <p role="status" className="text-sm text-slate-600">{t('reading')}</p>}
      {result && <Alert tone={result.ok ? 'success' : 'error'}><span className="whitespace-pre-wrap">{result.message}</span></Alert>}
      {plan && (
        <>
          <p role="status" className="text-sm">
            <span className="text-emerald-800">{t('rows', { count: plan.rows.length })}</span>
            {plan.errors.length > 0 && <> · <span className="font-semibold text-red-700">{t('errors', { count: plan.errors.length })}</span></>}
          </p>
          {plan.errors.length > 0 && (
            <>
              <Alert>{t('rule')}</Alert>
              <table className="w-full text-left text-sm" aria-label={t('errors', { count: plan.errors.length })}>
                <thead><tr className="text-xs text-slate-500"><th className="w-20 py-1">{t('line')}</th><th>{t('problem')}</th></tr></thead>
                <tbody>{plan.errors.slice(0, 200).map((e) => <tr key={e.line} className="border-t border-slate-100"><td className="py-1">{e.line}</td><td className="text-red-800">{describe(e)}</td></tr>)}</tbody>
              </table>
            </>
          )}
          {plan.rows.length > 0 && (
            <table className="w-full table-fixed text-left text-sm" aria-label={t('preview', { count: Math.min(PREVIEW, plan.rows.length) })}>
              <caption className="py-1 text-left text-xs text-slate-500">{t('preview', { count: Math.min(PREVIEW, plan.rows.length) })}</caption>
              <tbody>{plan.rows.slice(0, PREVIEW).map((r) => (
                <tr key={r.line} className="border-t border-slate-100">
                  <td className="w-14 py-1 text-slate-500">{r.line}</td>
                  <td className="truncate">{r.text}</td>
                  <td className="w-32">{tv(r.verdict)}</td>
                  <td className="w-28 text-slate-600">{r.categoryId ?? '—'}</td>
                  <td className="w-14 text-slate-600">{r.language}</td>
                </tr>
              ))}</tbody>
            </table>
          )}
          <Button onClick={() => void submit()} disabled={busy || plan.errors.length > 0 || plan.rows.length === 0}>
            {t('submit', { count: plan.rows.length })}
          </Button>
        </>
      )}
    </div>
  );
}
