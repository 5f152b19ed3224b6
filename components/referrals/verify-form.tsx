'use client';

import { useState, type FormEvent } from 'react';
import { useTranslations } from 'next-intl';
import { useAction } from '@/components/ui/use-action';
import { Alert } from '@/components/ui/alert';
import { Badge } from '@/components/ui/badge';
import { Button } from '@/components/ui/button';
import { Field } from '@/components/ui/field';
import { Table, TBody, Td, Th, THead } from '@/components/ui/table';
import { checkReferralBundle } from '@/lib/referrals/actions';
import { MAX_VERIFY_BYTES } from '@/lib/referrals/limits';
import { ReferralErrorText } from './error-text';

type Result = Awaited<ReturnType<typeof checkReferralBundle>> extends infer R ? R extends { ok: true; data: infer D } ? D : never : never;
const tone = { ok: 'green', changed: 'red', missing: 'red', unlisted: 'amber' } as const;

async function toBase64(file: File): Promise<string> {
  const bytes = new Uint8Array(await file.arrayBuffer());
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}

/** Upload a bundle; every file is re-hashed on the server against the manifest (and our record). */
export function VerifyBundleForm() {
  const t = useTranslations('referrals.verify');
  const { run, pending, error } = useAction(checkReferralBundle);
  const [file, setFile] = useState<File | null>(null);
  const [tooLarge, setTooLarge] = useState(false);
  const [result, setResult] = useState<Result | null>(null);
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (!file) return;
    setResult(null);
    if (file.size > MAX_VERIFY_BYTES) return setTooLarge(true);
    setTooLarge(false);
    run({ fileName: file.name, base64: await toBase64(file) }, (data) => setResult(data as Result));
  };
  const summary = result && (result.ok ? (result.recorded ? t('okRecorded') : t('ok')) : t('failed'));
  return (
    <section className="space-y-3 rounded-lg border border-slate-200 bg-white p-4" aria-labelledby="verify-title">
      <h2 id="verify-title" className="text-base font-semibold text-slate-900">{t('title')}</h2>
      <form onSubmit={submit} className="flex flex-wrap items-end gap-3">
        <div className="min-w-64 flex-1">
          <Field id="verify-file" label={t('file')} hint={t('hint')}>
            <input id="verify-file" type="file" accept=".tar,application/x-tar" required
              className="block w-full text-sm file:mr-3 file:rounded-md file:border file:border-slate-300 file:bg-white file:px-3 file:py-1.5"
              onChange={(e) => { setFile(e.target.files?.[0] ?? null); setResult(null); }} />
          </Field>
        </div>
        <Button type="submit" disabled={pending || !file}>{t('submit')}</Button>
      </form>
      {tooLarge && <Alert>{t('tooLarge')}</Alert>}
      <ReferralErrorText error={error} />
      {result && (
        <div className="space-y-2" aria-live="polite">
          <Alert tone={result.ok ? 'success' : 'error'}>
            <p>{summary}</p>
            {result.problem && <p>{t(`problem.${result.problem}`)}</p>}
            {result.sha256Matches === false && <p>{t('shaMismatch')}</p>}
            {!result.problem && !result.canonical && <p>{t('notCanonical')}</p>}
            {!result.problem && !result.recorded && <p>{t('notRecorded')}</p>}
          </Alert>
          <p className="break-all font-mono text-xs text-slate-600">SHA-256 {result.sha256}</p>
          {result.files.length > 0 && (
            <Table caption={t('resultCaption')} className="max-h-80 overflow-y-auto">
              <THead><Th>{t('file')}</Th><Th>{t('result')}</Th></THead>
              <TBody>
                {result.files.map((f) => (
                  <tr key={f.name}>
                    <Td className="break-all font-mono text-xs">{f.name}</Td>
                    <Td><Badge tone={tone[f.status]}>{t(`fileStatus.${f.status}`)}</Badge></Td>
                  </tr>
                ))}
              </TBody>
            </Table>
          )}
        </div>
      )}
    </section>
  );
}
